using Bunit;
using TelcoX.Admin.Components.Pages.Products;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Products;

public sealed class ProductListTests : FakeApiContext
{
    private const string FirstPage = """
        { "productsPage": { "totalCount": 15, "pageInfo": { "hasNextPage": true, "hasPreviousPage": false },
            "items": [
              { "id": 15, "name": "Antena exterior 4G", "price": 49, "isActive": true, "inventory": { "quantity": 59 } },
              { "id": 11, "name": "Audífonos Bluetooth", "price": 24.9, "isActive": false, "inventory": { "quantity": 0 } }
            ] } }
        """;

    [Fact]
    public void TheCatalogueShowsPricesStockAndWhereThePageIs()
    {
        Api.Answer("GetProductsPage", FirstPage);

        var page = Render<ProductList>();

        var rows = page.FindAll("[data-testid=product-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("$49.00", rows[0].TextContent);
        Assert.Contains("59", rows[0].TextContent);
        Assert.Equal("products/15", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Out of stock", rows[1].TextContent);
        Assert.Contains("Inactive", rows[1].TextContent);
        Assert.Contains("Page 1 of 2 · 15 products", page.Markup);
        Assert.Equal("""{"skip":0,"take":10}""", Sent("GetProductsPage"));
    }

    [Fact]
    public void NextGoesToTheNextPageWhichSkipsTheFirstTen()
    {
        Api.Answer("GetProductsPage", FirstPage);
        var page = Render<ProductList>();

        page.Find("[data-testid=pager-next]").Click();
        Assert.Equal("products?page=2", Location);
        page.WaitForAssertion(() => Assert.Equal("""{"skip":10,"take":10}""", Sent("GetProductsPage")), Patience);
    }
}
