using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>A signed-in CUSTOMER's subscriptions carry only their own events.</summary>
public sealed class SubscriptionOwnershipTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    private const string JesusMsisdn = "0969786985"; // the demo CUSTOMER's line
    private const string OtherMsisdn = "593988877766"; // Jhon Doe, seed 000
    private const string OnNotification = "subscription { onNotification { id kind message } }";
    private const string IssueInvoice = "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { number } errors { __typename } } }";

    [Fact]
    public async Task ACustomerReceivesOnlyTheirOwnNotifications()
    {
        var mine = await BillingRows.ArrangeAsync(api);
        var theirs = await BillingRows.ArrangeAsync(api);
        using var me = await SignedInSocketAsync(mine);
        using var them = await SignedInSocketAsync(theirs);
        await me.SendAsync(Subscribe("n", OnNotification));
        await them.SendAsync(Subscribe("n", OnNotification));
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 2, "both notification subscriptions");

        // Their notification first: had it leaked, it would be the first thing on my socket.
        var theirNumber = await IssueInvoiceAsync(theirs);
        Assert.Contains(theirNumber, Notification(await them.ReceiveOfTypeAsync("next")).GetProperty("message").GetString());
        var myNumber = await IssueInvoiceAsync(mine);
        var received = Notification(await me.ReceiveOfTypeAsync("next"));

        Assert.Contains(myNumber, received.GetProperty("message").GetString());
        Assert.Equal("INVOICE_STATUS", received.GetProperty("kind").GetString());
        // Nothing else is waiting on either socket: the answer to a ping comes first.
        await me.SendAsync(new { type = "ping" });
        await me.ReceiveOfTypeAsync("pong");
        await them.SendAsync(new { type = "ping" });
        await them.ReceiveOfTypeAsync("pong");
    }

    /// <summary>
    /// Someone else's line reads as NOT_FOUND with the usual message, as every CUSTOMER read does (the
    /// Auth README's row scope): FORBIDDEN would confirm that the number exists.
    /// </summary>
    [Fact]
    public async Task ACustomerCannotWatchSomeoneElsesLineButWatchesTheirOwn()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {await api.TokenAsync(Role.Customer)}" });

        await socket.SendAsync(Subscribe("other", UsageOf(OtherMsisdn)));
        var error = Assert.Single((await socket.ReceiveOfTypeAsync("error")).GetProperty("payload").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Cliente no encontrado", error.GetProperty("message").GetString());

        await socket.SendAsync(Subscribe("own", UsageOf(JesusMsisdn)));
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 2, "the usage and consumption bus subscriptions");
        await RecordUsageAsync(OtherMsisdn);
        await RecordUsageAsync(JesusMsisdn);

        var next = await socket.ReceiveOfTypeAsync("next");
        Assert.Equal("own", next.GetProperty("id").GetString());
        Assert.Equal(JesusMsisdn, next.GetProperty("payload").GetProperty("data").GetProperty("onUsageUpdated").GetProperty("msisdn").GetString());
    }

    private static string UsageOf(string msisdn) => $$"""subscription { onUsageUpdated(msisdn: "{{msisdn}}") { msisdn consumption { minutes } } }""";

    private Task RecordUsageAsync(string msisdn) => api.CreateClient(Role.Admin).QueryDataAsync(
        $$"""mutation { recordUsageEvent(input: { msisdn: "{{msisdn}}", category: SOCIAL, bytes: 4096 }) { counted } }""");

    private async Task<GraphQLSocket> SignedInSocketAsync(BillingRows rows)
    {
        var token = api.Services.GetRequiredService<TokenIssuer>().Issue(rows.User).Token;
        var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
        return socket;
    }

    private async Task<string> IssueInvoiceAsync(BillingRows rows)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(IssueInvoice, new
        {
            input = new { customerId = rows.Customer.Id, period = "2099-01", subtotal = 10m, tax = 1.2m, dueDate = "2099-02-01T00:00:00Z" },
        });
        return data.GetProperty("issueInvoice").GetProperty("invoice").GetProperty("number").GetString()!;
    }

    private static JsonElement Notification(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("onNotification");
}
