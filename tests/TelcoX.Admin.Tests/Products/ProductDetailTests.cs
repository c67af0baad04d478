using Bunit;
using TelcoX.Admin.Components.Pages.Products;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Products;

public sealed class ProductDetailTests : FakeApiContext
{
    private const string Router = """
        { "product": { "id": 3, "name": "Router WiFi 6 AX1800", "description": "Doble banda.", "price": 89.9, "isActive": true,
            "createdAt": "2026-03-23T18:47:18Z", "updatedAt": "2026-03-23T18:47:18Z",
            "inventory": { "quantity": 5, "updatedAt": "2026-11-20T07:56:18Z" } } }
        """;

    private static string Stock(int quantity, string at) =>
        $$"""{ "onInventoryChanged": { "productId": 3, "quantity": {{quantity}}, "updatedAt": "{{at}}" } }""";

    [Fact]
    public void TheStockFollowsEveryChangePushedForThisProduct()
    {
        Api.Answer("GetProduct", Router);
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));
        Assert.Equal("5", page.Find("[data-testid=stock]").TextContent);
        Assert.Equal("""{"productId":3}""", Sent("OnInventoryChanged"));

        Api.Push("OnInventoryChanged", Stock(4, "2026-11-24T19:00:01Z"));
        page.WaitForAssertion(() => Assert.Equal("4", page.Find("[data-testid=stock]").TextContent), Patience);

        Api.Push("OnInventoryChanged", Stock(0, "2026-11-24T19:00:02Z"));
        page.WaitForAssertion(() => Assert.Equal("0", page.Find("[data-testid=stock]").TextContent), Patience);
    }

    [Fact]
    public async Task LeavingThePageStopsListening()
    {
        Api.Answer("GetProduct", Router);
        Render<ProductDetail>(p => p.Add(c => c.Id, 3));
        var listening = Assert.Single(Api.SubscriptionTokens);
        Assert.False(listening.IsCancellationRequested);

        await DisposeComponentsAsync();

        Assert.True(listening.IsCancellationRequested);
    }

    [Fact]
    public void BuyingMoreThanIsInStockSaysHowManyAreLeftAndBuysNothing()
    {
        Api.Answer("GetProduct", Router);
        Api.Answer("PurchaseProduct", """
            { "purchase": { "errors": [{ "__typename": "InsufficientStockError", "message": "Insufficient inventory", "code": "INSUFFICIENT_STOCK", "available": 5 }],
                "purchase": null, "inventory": null } }
            """);
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));

        page.Find("[data-testid=purchase-quantity]").Change("6");
        page.Find("[data-testid=purchase-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Insufficient inventory: only 5 left, nothing was bought.", page.Find("[data-testid=error]").TextContent.Trim()), Patience);
        Assert.Equal("""{"productId":3,"quantity":6}""", Sent("PurchaseProduct"));
        Assert.Equal("5", page.Find("[data-testid=stock]").TextContent);
    }

    [Fact]
    public void AnEmptyShelfIsCalledOutOfStock()
    {
        Api.Answer("GetProduct", Router.Replace("\"quantity\": 5", "\"quantity\": 0"));
        Api.Answer("PurchaseProduct", """
            { "purchase": { "errors": [{ "__typename": "InsufficientStockError", "message": "Insufficient inventory", "code": "INSUFFICIENT_STOCK", "available": 0 }],
                "purchase": null, "inventory": null } }
            """);
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));

        page.Find("[data-testid=purchase-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Insufficient inventory: this product is out of stock, nothing was bought.", page.Find("[data-testid=error]").TextContent.Trim()), Patience);
    }

    [Fact]
    public void ABuyShowsWhatWasBoughtAndTheStockLeft()
    {
        Api.Answer("GetProduct", Router);
        Api.Answer("PurchaseProduct", """
            { "purchase": { "errors": null, "purchase": { "id": 41, "quantity": 2, "total": 179.8 },
                "inventory": { "quantity": 3, "updatedAt": "2026-11-24T19:00:00Z" } } }
            """);
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));

        page.Find("[data-testid=purchase-quantity]").Change("2");
        page.Find("[data-testid=purchase-customer]").Change("20");
        page.Find("[data-testid=purchase-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Bought 2 × Router WiFi 6 AX1800 for $179.80.", page.Find("[data-testid=purchase-notice]").TextContent), Patience);
        Assert.Equal("3", page.Find("[data-testid=stock]").TextContent);
        Assert.Equal("""{"productId":3,"quantity":2,"customerId":20}""", Sent("PurchaseProduct"));
    }

    [Fact]
    public void AnOlderAnswerDoesNotOverwriteANewerPush()
    {
        Api.Answer("GetProduct", Router);
        Api.Answer("PurchaseProduct", """
            { "purchase": { "errors": null, "purchase": { "id": 41, "quantity": 1, "total": 89.9 },
                "inventory": { "quantity": 4, "updatedAt": "2026-11-24T19:00:00Z" } } }
            """);
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));
        Api.Push("OnInventoryChanged", Stock(2, "2026-11-24T19:00:05Z"));
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=stock]").TextContent), Patience);

        page.Find("[data-testid=purchase-form]").Submit();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=purchase-notice]")), Patience);
        Assert.Equal("2", page.Find("[data-testid=stock]").TextContent);
    }

    [Fact]
    public void SettingTheStockAsksFirst()
    {
        Api.Answer("GetProduct", Router);
        Api.Answer("SetInventory", """{ "setInventory": { "errors": null, "inventory": { "quantity": 40, "updatedAt": "2026-11-24T19:00:00Z" } } }""");
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));

        page.Find("[data-testid=set-stock-quantity]").Change("40");
        page.Find("[data-testid=set-stock-form]").Submit();
        Assert.Contains("The stock of Router WiFi 6 AX1800 goes from 5 to 40", page.Find("[data-testid=confirm-dialog]").TextContent);
        Assert.DoesNotContain(Api.Requests, r => r.Operation.Name == "SetInventory");
        page.Find("[data-testid=confirm-yes]").Click();

        page.WaitForAssertion(() => Assert.Equal("40", page.Find("[data-testid=stock]").TextContent), Patience);
        Assert.Equal("""{"productId":3,"quantity":40}""", Sent("SetInventory"));
    }

    [Fact]
    public void WhenTheLiveFeedDropsThePageSaysSoThenReadsTheStockAgainAndListensAgain()
    {
        var stockNow = 5;
        Api.Answer("GetProduct", _ => Router.Replace("\"quantity\": 5", $"\"quantity\": {stockNow}"));
        var page = Render<ProductDetail>(p => p.Add(c => c.Id, 3));

        stockNow = 2;
        Api.PushError("OnInventoryChanged", "WebSocket closed: 1011 System.IO.IOException at Foo.Bar()", "TRANSPORT_ERROR");

        page.WaitForAssertion(() => Assert.Contains("Live stock updates paused: The TelcoX API cannot be reached right now.", page.Find("[data-testid=error]").TextContent), Patience);
        Assert.DoesNotContain("IOException", page.Markup);
        // After the pause: the stock sold meanwhile is read again, and pushes arrive again.
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=stock]").TextContent), Patience + LiveFeedPause);
        Assert.Empty(page.FindAll("[data-testid=error]"));
        page.WaitForAssertion(() => Assert.Equal(2, Api.SubscriptionTokens.Count), Patience);
        Api.Push("OnInventoryChanged", Stock(1, "2026-11-24T19:10:00Z"));
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=stock]").TextContent), Patience);
    }
}
