using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Products;

public sealed class UpdateProductTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task OnlyTheFieldsGivenChange()
    {
        var product = await AddProductAsync();

        var payload = await UpdateAsync(new Dictionary<string, object?> { ["id"] = product.Id, ["price"] = 12.50m });

        PayloadAssert.Succeeded(payload);
        var row = await ReadAsync(product.Id);
        Assert.Equal((product.Name, "Test description", 12.50m, true), (row.Name, row.Description, row.Price, row.IsActive));
        Assert.True(row.UpdatedAt > product.UpdatedAt);
    }

    [Fact]
    public async Task EveryFieldCanChangeAtOnceAndDescriptionNullClearsIt()
    {
        var product = await AddProductAsync();
        var name = "Test product " + TestRows.Unique();

        var payload = await UpdateAsync(new Dictionary<string, object?>
        {
            ["id"] = product.Id, ["name"] = $" {name} ", ["description"] = null, ["price"] = 3m, ["isActive"] = false,
        });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(name, payload.GetProperty("product").GetProperty("name").GetString());
        var row = await ReadAsync(product.Id);
        Assert.Equal((name, (string?)null, 3m, false), (row.Name, row.Description, row.Price, row.IsActive));
    }

    [Fact]
    public async Task AProductMayKeepItsOwnNameInAnotherCase()
    {
        var product = await AddProductAsync();

        var payload = await UpdateAsync(new Dictionary<string, object?> { ["id"] = product.Id, ["name"] = product.Name.ToUpperInvariant() });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(product.Name.ToUpperInvariant(), (await ReadAsync(product.Id)).Name);
    }

    [Theory]
    [InlineData("name", null, "ValidationError", "Name is required", "BAD_USER_INPUT")]
    [InlineData("name", "  ", "ValidationError", "Name is required", "BAD_USER_INPUT")]
    [InlineData("price", null, "ValidationError", "Price is required", "BAD_USER_INPUT")]
    [InlineData("price", "0", "ValidationError", "Price must be greater than zero", "BAD_USER_INPUT")]
    [InlineData("price", "0.001", "ValidationError", "Price must have at most 2 decimal places", "BAD_USER_INPUT")]
    [InlineData("isActive", null, "ValidationError", "isActive cannot be null", "BAD_USER_INPUT")]
    [InlineData("description", "LONG", "ValidationError", "Description must be at most 1024 characters", "BAD_USER_INPUT")]
    [InlineData("name", "TAKEN", "ConflictError", "TAKEN", "CONFLICT")]
    public async Task RefusedUpdatesChangeNothing(string field, string? value, string type, string message, string code)
    {
        var product = await AddProductAsync();
        var other = await AddProductAsync();
        object? sent = (field, value) switch
        {
            ("price", { } price) => decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
            (_, "LONG") => new string('d', 1025),
            (_, "TAKEN") => other.Name,
            _ => value,
        };
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await UpdateAsync(new Dictionary<string, object?> { ["id"] = product.Id, ["price"] = 99m, [field] = sent });

        var error = PayloadAssert.SingleError(payload, type,
            message == "TAKEN" ? $"A product named \"{other.Name}\" already exists" : message, code);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnUnknownProductIsNamedByItsId()
    {
        var payload = await UpdateAsync(new Dictionary<string, object?> { ["id"] = 987654, ["price"] = 1m });

        PayloadAssert.SingleError(payload, "NotFoundError", "Product with id 987654 not found", "NOT_FOUND");
    }

    private async Task<Product> AddProductAsync()
    {
        var product = TestRows.Product();
        product.Description = "Test description";
        await api.AddRowsAsync(product);
        return product;
    }

    private async Task<Product> ReadAsync(int id)
    {
        await using var db = api.CreateDbContext();
        return await db.Products.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private async Task<JsonElement> UpdateAsync(Dictionary<string, object?> input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(ProductDocuments.Update, new { input })).GetProperty("updateProduct");
}
