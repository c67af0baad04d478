using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Inventory;

public sealed class InventoryQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Query = "query($id: Int!) { inventory(productId: $id) { productId quantity updatedAt product { name } } }";

    [Fact]
    public async Task InventoryOfAStockedProductReturnsItsQuantity()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(new InventoryItem { Product = product, Quantity = 7, UpdatedAt = TestRows.Now });

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { id = product.Id })).GetProperty("inventory");

        Assert.Equal(product.Id, found.GetProperty("productId").GetInt32());
        Assert.Equal(7, found.GetProperty("quantity").GetInt32());
        Assert.Equal(TestRows.Now, found.GetProperty("updatedAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(product.Name, found.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task InventoryOfANeverStockedProductReadsZero()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { id = product.Id })).GetProperty("inventory");

        Assert.Equal(product.Id, found.GetProperty("productId").GetInt32());
        Assert.Equal(0, found.GetProperty("quantity").GetInt32());
        Assert.Equal(product.Name, found.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task InventoryOfAMissingProductIsProductNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(Query, new { id = 987654321 });

        NotFound(response, "inventory", "Product not found");
    }

    [Fact]
    public async Task InventoriesListsEveryStockedProductByProductId()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(new InventoryItem { Product = product, Quantity = 3, UpdatedAt = TestRows.Now });

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($p: Int!) { page: inventories(first: 50) { nodes { productId } } mine: inventories(where: { productId: { eq: $p } }) { nodes { productId quantity } } }",
            new { p = product.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "productId");
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal(3, mine.GetProperty("quantity").GetInt32());
    }
}
