using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Products;

public sealed class ProductQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ProductByIdReturnsItsFieldsAndANeverStockedInventoryOfZero()
    {
        var product = TestRows.Product(149.90m);
        product.Description = "Test router";
        await api.AddRowsAsync(product);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { product(id: $id) { id name description price isActive createdAt inventory { productId quantity updatedAt } } }",
            new { id = product.Id });

        var found = data.GetProperty("product");
        Assert.Equal(product.Name, found.GetProperty("name").GetString());
        Assert.Equal("Test router", found.GetProperty("description").GetString());
        Assert.Equal(149.90m, found.GetProperty("price").GetDecimal());
        Assert.True(found.GetProperty("isActive").GetBoolean());
        Assert.Equal(product.Id, found.GetProperty("inventory").GetProperty("productId").GetInt32());
        Assert.Equal(0, found.GetProperty("inventory").GetProperty("quantity").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, found.GetProperty("inventory").GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task UnknownProductIsNotFoundWithTheSeedMessage()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ product(id: 987654321) { id } }");

        NotFound(response, "product", "Product with id 987654321 not found");
    }

    [Fact]
    public async Task ProductsListsEveryProductById()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($name: String!) { page: products(first: 50) { nodes { id } } mine: products(where: { name: { eq: $name } }) { nodes { name } } }",
            new { name = product.Name });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([product.Name], Strings(data.GetProperty("mine").GetProperty("nodes"), "name"));
    }
}
