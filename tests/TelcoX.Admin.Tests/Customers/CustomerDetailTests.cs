using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.Admin.Components.Pages.Customers;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.GraphQL;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Customers;

public sealed class CustomerDetailTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeApi api = new();

    public CustomerDetailTests()
    {
        Services.AddScoped(_ => new TelcoXClient(api));
        Services.AddSingleton(ShortLiveFeed.Create());
    }

    private IRenderedComponent<CustomerDetail> ShowJesus()
    {
        api.Answer("GetCustomer", CustomerJson.Jesus);
        return Render<CustomerDetail>(p => p.Add(c => c.Id, 3));
    }

    [Fact]
    public void ShowsTheCustomerTheirLineConsumptionDataPlanInvoicesChannelsAndTransactions()
    {
        var detail = ShowJesus();

        Assert.Equal("Jesus Jacome", detail.Find("h1").TextContent);
        Assert.Equal("$12.75", detail.Find("[data-testid=balance]").TextContent);
        Assert.Equal("30,716.50 MB", detail.Find("[data-testid=data-mb]").TextContent);
        Assert.Equal("320", detail.Find("[data-testid=minutes]").TextContent);
        Assert.Equal("1 MiB", detail.Find("[data-testid=usage-Social]").TextContent);
        Assert.Equal("2 MiB", detail.Find("[data-testid=usage-Entertainment]").TextContent);
        Assert.Contains("FAC-2025-06-00002", detail.Find("[data-testid=customer-invoices]").TextContent);
        Assert.Contains("$31.60", detail.Find("[data-testid=customer-invoices]").TextContent);
        Assert.Contains("Factura FAC-2025-06-00002 enviada", detail.Find("[data-testid=customer-channels]").TextContent);
        Assert.Contains("Pago de la factura", detail.Find("[data-testid=customer-transactions]").TextContent);
        Assert.Contains("\"msisdn\":\"0969786985\"", api.VariablesOf("OnUsageUpdated"));
    }

    [Fact]
    public void EveryUsageSnapshotUpdatesTheFiguresWithoutReloading()
    {
        var detail = ShowJesus();

        api.Push("OnUsageUpdated", CustomerJson.Snapshot(balance: 9.40m, socialBytes: 2 * 1048576));

        detail.WaitForAssertion(() => Assert.Equal("$9.40", detail.Find("[data-testid=balance]").TextContent));
        Assert.Equal("2 MiB", detail.Find("[data-testid=usage-Social]").TextContent);
        Assert.Single(api.Requests, r => r.Operation.Name == "GetCustomer");
    }

    [Fact]
    public void WhenTheFeedDropsThePanelSaysSoThenListensAgainAndRereadsWhatItMissed()
    {
        api.Answer("GetLineUsage", """
            { "line": { "msisdn": "0969786985",
                "consumption": { "balance": 5.25, "dataMb": 30000.00, "minutes": 300, "updatedAt": "2026-11-24T19:30:00Z" },
                "dataPlans": [] } }
            """);
        var detail = ShowJesus();

        api.PushError("OnUsageUpdated", "The WebSocket connection was closed unexpectedly.", "TRANSPORT_ERROR");
        detail.WaitForAssertion(() => Assert.Equal(ErrorMessages.ApiUnreachable, detail.Find(".line-head .badge[title]").GetAttribute("title")), Patience);
        Assert.DoesNotContain("WebSocket", detail.Markup);

        api.EndStream("OnUsageUpdated");

        detail.WaitForAssertion(() => Assert.Equal("$5.25", detail.Find("[data-testid=balance]").TextContent), Patience + ShortLiveFeed.Pause);
        // Subscribed again first, then re-read: a change between the two cannot be lost.
        Assert.Equal(["GetCustomer", "OnUsageUpdated", "OnUsageUpdated", "GetLineUsage"], api.Requests.Select(r => r.Operation.Name));
        Assert.NotNull(detail.Find("[data-testid=live]"));
    }

    [Fact]
    public async Task LeavingThePageStopsTheSubscription()
    {
        ShowJesus();
        var subscription = Assert.Single(api.SubscriptionTokens);
        Assert.False(subscription.IsCancellationRequested);

        await DisposeComponentsAsync();

        Assert.True(subscription.IsCancellationRequested);
    }

    [Fact]
    public void ARecordedUsageEventThatTheApiRefusesShowsItsMessage()
    {
        api.Answer("RecordUsageEvent", """
            { "recordUsageEvent": { "counted": false, "dataPlan": null,
              "errors": [{ "__typename": "NotFoundError", "message": "No active data plan for this phone_number", "code": "NOT_FOUND" }] } }
            """);
        var detail = ShowJesus();

        detail.Find("[data-testid=record-usage-0969786985]").Submit();

        Assert.Equal("No active data plan for this phone_number", detail.Find(".simulate [role=alert]").TextContent.Trim());
        var variables = api.VariablesOf("RecordUsageEvent");
        Assert.Contains("\"category\":\"SOCIAL\"", variables);
        Assert.Contains("\"bytes\":10485760", variables);
    }

    [Fact]
    public void ARecordedUsageEventIsConfirmedInWords()
    {
        api.Answer("RecordUsageEvent", """{ "recordUsageEvent": { "counted": true, "dataPlan": { "usedBytes": 5767168, "percentUsed": 0.02 }, "errors": null } }""");
        var detail = ShowJesus();

        detail.Find("[data-testid=record-usage-0969786985] select").Change("Entertainment");
        detail.Find("[data-testid=record-usage-0969786985] input").Change("2");
        detail.Find("[data-testid=record-usage-0969786985]").Submit();

        detail.WaitForAssertion(() => Assert.Equal("Recorded 2.00 MB of entertainment data on 0969786985.", detail.Find(".simulate .notice").TextContent));
        Assert.Contains("\"bytes\":2097152", api.VariablesOf("RecordUsageEvent"));
        Assert.Contains("\"category\":\"ENTERTAINMENT\"", api.VariablesOf("RecordUsageEvent"));
    }

    [Fact]
    public void SimulatingConsumptionAsksFirstAndSendsNothingWhenCancelled()
    {
        api.Answer("SimulateConsumption", """{ "simulateConsumption": { "changed": 1, "errors": null } }""");
        var detail = ShowJesus();

        detail.Find("[data-testid=simulate-0969786985]").Click();
        Assert.Contains("It cannot be undone.", detail.WaitForElement("[data-testid=confirm-dialog]").TextContent);
        detail.FindAll("[data-testid=confirm-dialog] button").Single(b => b.TextContent == "Cancel").Click();
        Assert.DoesNotContain(api.Requests, r => r.Operation.Name == "SimulateConsumption");

        detail.Find("[data-testid=simulate-0969786985]").Click();
        detail.WaitForElement("[data-testid=confirm-yes]").Click();

        detail.WaitForAssertion(() => Assert.Contains("Consumption lowered on 0969786985.", detail.Find(".simulate .notice").TextContent));
        Assert.Contains("\"msisdn\":\"0969786985\"", api.VariablesOf("SimulateConsumption"));
    }

    [Fact]
    public void AnUnknownCustomerSaysSo()
    {
        api.Answer("GetCustomer", """{ "customer": null }""");

        var detail = Render<CustomerDetail>(p => p.Add(c => c.Id, 999));

        Assert.Equal("There is no customer with id 999.", detail.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void AnUnexpectedServerErrorNeverReachesTheScreen()
    {
        api.Fail("GetCustomer", "Unexpected Execution Error\n   at TelcoX.GraphQL.Customers.CustomerQueries.Resolve()", "INTERNAL_SERVER_ERROR");

        var detail = Render<CustomerDetail>(p => p.Add(c => c.Id, 3));

        Assert.Equal(ErrorMessages.Unexpected, detail.Find("[role=alert]").TextContent.Trim());
        Assert.DoesNotContain("CustomerQueries", detail.Markup);
    }
}
