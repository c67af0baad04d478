using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

[Collection(LiveStackCollection.Name)]
public sealed class ProductPagesTests(LiveStack stack)
{
    // A page's first load opens a circuit (and here a websocket): slow on a busy two-core machine.
    private const float FirstLoad = 30_000;

    [E2EFact]
    public async Task BuyingUntilTheStockRunsOutShowsItFallLiveThenSaysOutOfStock()
    {
        var id = (await stack.ApiAsync("""
            mutation { createProduct(input: { name: "E2E tarjeta de recarga", price: 5 }) { product { id } } }
            """)).GetProperty("createProduct").GetProperty("product").GetProperty("id").GetInt32();
        await SetStock(id, 3);

        var page = await stack.SignedInPageAsync($"/products/{id}");
        var stock = page.GetByTestId("stock");
        await Expect(stock).ToHaveTextAsync("3", new() { Timeout = FirstLoad });
        await page.EvaluateAsync("window.sameDocument = true");

        // The subscription may reach the API a moment after the page shows: restock until the page follows.
        await Eventually(async () =>
        {
            await SetStock(id, 4);
            await Expect(stock).ToHaveTextAsync("4", new() { Timeout = 3_000 });
        });

        // Another buyer, elsewhere: the page follows without being touched.
        await stack.ApiAsync($"mutation {{ purchase(input: {{ productId: {id}, quantity: 2 }}) {{ inventory {{ quantity }} }} }}");
        await Expect(stock).ToHaveTextAsync("2");

        var buy = page.GetByTestId("buy");
        await buy.ClickAsync();
        await Expect(page.GetByTestId("purchase-notice")).ToHaveTextAsync("Bought 1 × E2E tarjeta de recarga for $5.00.");
        await Expect(stock).ToHaveTextAsync("1");

        await page.GetByTestId("purchase-quantity").FillAsync("2");
        await buy.ClickAsync();
        await Expect(page.GetByTestId("purchase-form").GetByRole(AriaRole.Alert)).ToHaveTextAsync("Insufficient inventory: only 1 left, nothing was bought.");
        await Expect(stock).ToHaveTextAsync("1");

        await page.GetByTestId("purchase-quantity").FillAsync("1");
        await buy.ClickAsync();
        await Expect(stock).ToHaveTextAsync("0");
        await buy.ClickAsync();
        await Expect(page.GetByTestId("purchase-form").GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Insufficient inventory: this product is out of stock, nothing was bought.");

        var left = (await stack.ApiAsync($"{{ inventory(productId: {id}) {{ quantity }} }}")).GetProperty("inventory").GetProperty("quantity").GetInt32();
        Assert.Equal(0, left);
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "the page reloaded instead of following live");
    }

    [E2EFact]
    public async Task TheCatalogueIsPagedTenAtATime()
    {
        var page = await stack.SignedInPageAsync("/products", phone: true);
        var rows = page.GetByTestId("product-row");
        await Expect(rows).ToHaveCountAsync(10, new() { Timeout = FirstLoad });
        var first = await rows.First.InnerTextAsync();

        await page.GetByTestId("pager-next").ClickAsync();
        await Expect(rows.First).Not.ToHaveTextAsync(first);
        Assert.EndsWith("/products?page=2", page.Url);
        await page.GetByTestId("pager-previous").ClickAsync();
        await Expect(rows.First).ToHaveTextAsync(first);
    }

    private Task SetStock(int id, int quantity) =>
        stack.ApiAsync($"mutation {{ setInventory(input: {{ productId: {id}, quantity: {quantity} }}) {{ inventory {{ quantity }} }} }}");

    private static async Task Eventually(Func<Task> attempt, int tries = 8)
    {
        for (var i = 1; ; i++)
        {
            try { await attempt(); return; }
            catch (PlaywrightException) when (i < tries) { }
        }
    }
}
