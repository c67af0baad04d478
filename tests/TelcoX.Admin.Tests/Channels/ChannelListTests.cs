using Bunit;
using TelcoX.Admin.Components.Pages.Channels;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Channels;

public sealed class ChannelListTests : FakeApiContext
{
    private static string Messages(string kind, string content) => $$"""
        { "channels": { "totalCount": 1, "pageInfo": { "hasNextPage": false, "hasPreviousPage": false, "startCursor": "a", "endCursor": "a" },
            "nodes": [{ "id": 19, "kind": "{{kind}}", "content": "{{content}}", "timestamp": "2026-11-24T06:23:18Z", "customer": { "id": 14, "name": "Dolores Naranjo" } }] } }
        """;

    [Fact]
    public void EmailsAreListedNewestFirstByDefault()
    {
        Api.Answer("GetMessagesByKind", Messages("EMAIL", "Factura enviada"));

        var page = Render<ChannelList>();

        var message = page.Find("[data-testid=channel-message]");
        Assert.Contains("Factura enviada", message.TextContent);
        Assert.Contains("Dolores Naranjo (#14)", message.TextContent);
        Assert.Contains("2026-11-24 06:23:18 UTC", message.TextContent);
        Assert.Equal("""{"kind":"EMAIL","first":20}""", Sent("GetMessagesByKind"));
    }

    [Fact]
    public void TheCallsTabAsksForCalls()
    {
        Api.Answer("GetMessagesByKind", Messages("CALL", "Pide información"));

        NavigateTo("channels?kind=CALL");
        var page = Render<ChannelList>();

        Assert.Equal("""{"kind":"CALL","first":20}""", Sent("GetMessagesByKind"));
        Assert.Contains("Calls, newest first", page.Find("[data-testid=channels-heading]").TextContent);
        Assert.Contains("Call", page.Find("[data-testid=channel-message]").TextContent);
    }

    [Fact]
    public void OneCustomersMessagesComeFromTheirHistory()
    {
        Api.Answer("GetChannelsByCustomer", """
            { "customer": { "id": 3, "name": "Jesus Jacome" },
              "channelsByCustomer": [{ "id": 90, "kind": "CALL", "content": "Reclamo por cobro", "timestamp": "2026-11-24T10:00:00Z" }] }
            """);

        NavigateTo("channels?customer=3");
        var page = Render<ChannelList>();

        Assert.Equal("""{"customerId":3}""", Sent("GetChannelsByCustomer"));
        Assert.Contains("Messages with Jesus Jacome", page.Find("[data-testid=channels-heading]").TextContent);
        Assert.Contains("Reclamo por cobro", page.Find("[data-testid=channel-message]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=pager-next]"));
    }

    [Fact]
    public void RegisteringShowsTheConfirmationAndReloadsTheList()
    {
        Api.Answer("GetMessagesByKind", Messages("EMAIL", "Anterior"));
        Api.Answer("RegisterChannel", """
            { "registerChannel": { "errors": null, "message": "Información recibida exitosamente",
                "channel": { "id": 200, "kind": "CALL", "content": "Llamó por su saldo", "timestamp": "2026-11-24T19:00:00Z", "customer": { "name": "Jesus Jacome" } } } }
            """);
        var page = Render<ChannelList>();
        var loads = Api.Requests.Count(r => r.Operation.Name == "GetMessagesByKind");

        page.Find("[data-testid=channel-customer]").Change("3");
        page.Find("[data-testid=channel-kind]").Change("CALL");
        page.Find("[data-testid=channel-content]").Change("Llamó por su saldo");
        page.Find("[data-testid=register-channel]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Información recibida exitosamente (Jesus Jacome)", page.Find("[data-testid=channel-notice]").TextContent), Patience);
        Assert.Equal("""{"customerId":3,"kind":"CALL","content":"Llamó por su saldo"}""", Sent("RegisterChannel"));
        Assert.Equal(loads + 1, Api.Requests.Count(r => r.Operation.Name == "GetMessagesByKind"));
        Assert.Equal("", page.Find("[data-testid=channel-content]").GetAttribute("value") ?? "");
    }

    [Fact]
    public void AnUnknownCustomerIsRefusedWithTheSeedsSentence()
    {
        Api.Answer("GetMessagesByKind", Messages("EMAIL", "Anterior"));
        Api.Answer("RegisterChannel", """
            { "registerChannel": { "errors": [{ "__typename": "NotFoundError", "message": "El cliente con id 999 no existe", "code": "NOT_FOUND" }], "message": null, "channel": null } }
            """);
        var page = Render<ChannelList>();

        page.Find("[data-testid=channel-customer]").Change("999");
        page.Find("[data-testid=channel-content]").Change("Hola");
        page.Find("[data-testid=register-channel]").Submit();

        page.WaitForAssertion(() => Assert.Equal("El cliente con id 999 no existe", page.Find("[data-testid=error]").TextContent.Trim()), Patience);
        Assert.Empty(page.FindAll("[data-testid=channel-notice]"));
    }
}
