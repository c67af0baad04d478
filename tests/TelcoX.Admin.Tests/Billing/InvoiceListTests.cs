using Bunit;
using TelcoX.Admin.Components.Pages.Billing;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Billing;

public sealed class InvoiceListTests : FakeApiContext
{
    private const string TwoInvoices = """
        { "invoices": { "totalCount": 2,
            "pageInfo": { "hasNextPage": false, "hasPreviousPage": false, "startCursor": "a", "endCursor": "b" },
            "nodes": [
              { "number": "FAC-2026-11-00008", "period": "2026-11", "total": 22.4, "dueDate": "2026-12-03T18:47:18Z", "status": "UNPAID", "msisdn": "593953274786", "customer": { "name": "Arturo Archuleta" } },
              { "number": "FAC-2026-10-00002", "period": "2026-10", "total": 1250.5, "dueDate": "2026-11-03T18:47:18Z", "status": "OVERDUE", "msisdn": null, "customer": { "name": "Arturo Archuleta" } }
            ] } }
        """;

    [Fact]
    public void AContractInTheAddressListsItsInvoicesNewestFirstWithTotalsAndStatus()
    {
        Api.Answer("GetInvoicesByContract", TwoInvoices);

        NavigateTo("billing?contract=CN-0000012");
        var page = Render<InvoiceList>();

        var rows = page.FindAll("[data-testid=invoice-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("FAC-2026-11-00008", rows[0].TextContent);
        Assert.Contains("$22.40", rows[0].TextContent);
        Assert.Contains("Unpaid", rows[0].TextContent);
        Assert.Contains("$1,250.50", rows[1].TextContent);
        Assert.Contains("Overdue", rows[1].TextContent);
        Assert.Equal("billing/invoices/FAC-2026-11-00008", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Arturo Archuleta", page.Markup);
        Assert.Equal("""{"contractNumber":"CN-0000012","first":20}""", Sent("GetInvoicesByContract"));
    }

    [Fact]
    public void SearchingPutsTheTrimmedContractInTheAddressAndLooksItUp()
    {
        Api.Answer("GetInvoicesByContract", TwoInvoices);
        var page = Render<InvoiceList>();
        Assert.Empty(Api.Requests);

        page.Find("[data-testid=contract-number]").Change("  CN-0000003 ");
        page.Find("form").Submit();

        Assert.Equal("billing?contract=CN-0000003", Location);
        page.WaitForAssertion(() => Assert.Equal("""{"contractNumber":"CN-0000003","first":20}""", Sent("GetInvoicesByContract")), Patience);
        Assert.Equal(2, page.FindAll("[data-testid=invoice-row]").Count);
    }

    [Fact]
    public void AContractWithoutInvoicesSaysSo()
    {
        Api.Answer("GetInvoicesByContract", """{ "invoices": { "totalCount": 0, "pageInfo": { "hasNextPage": false, "hasPreviousPage": false, "startCursor": null, "endCursor": null }, "nodes": [] } }""");

        NavigateTo("billing?contract=CN-9999999");
        var page = Render<InvoiceList>();

        Assert.Contains("No invoices for contract CN-9999999.", page.Markup);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void AnUnreachableApiIsASentenceNotTheTransportDetails()
    {
        Api.Fail("GetInvoicesByContract", "The GraphQL API at http://127.0.0.1:5080/graphql cannot be reached: Connection refused (127.0.0.1:5080)", "TRANSPORT_ERROR");

        NavigateTo("billing?contract=CN-0000012");
        var page = Render<InvoiceList>();

        Assert.Equal(ErrorMessages.ApiUnreachable, page.Find("[data-testid=error]").TextContent.Trim());
        Assert.DoesNotContain("Connection refused", page.Markup);
    }

    [Fact]
    public void NextPageAsksForTheInvoicesAfterTheLastCursor()
    {
        Api.Answer("GetInvoicesByContract", request => request.Variables.ContainsKey("after")
            ? TwoInvoices.Replace("FAC-2026-11-00008", "FAC-2026-09-00001")
            : TwoInvoices.Replace("\"hasNextPage\": false", "\"hasNextPage\": true"));
        NavigateTo("billing?contract=CN-0000012");
        var page = Render<InvoiceList>();

        page.Find("[data-testid=pager-next]").Click();

        Assert.Equal("""{"contractNumber":"CN-0000012","first":20,"after":"b"}""", Sent("GetInvoicesByContract"));
        Assert.Contains("FAC-2026-09-00001", page.Find("[data-testid=invoice-row]").TextContent);
    }
}
