using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Products;

public sealed class CreateProductTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ACreatedProductIsStoredTrimmedActiveAndUnstocked()
    {
        var name = "Test product " + TestRows.Unique();

        var payload = await CreateAsync(new { name = $"  {name}  ", description = "  Router 5G  ", price = 19.99m });

        PayloadAssert.Succeeded(payload);
        var product = payload.GetProperty("product");
        Assert.Equal(name, product.GetProperty("name").GetString());
        Assert.Equal(19.99m, product.GetProperty("price").GetDecimal());
        Assert.True(product.GetProperty("isActive").GetBoolean());
        Assert.Equal(0, product.GetProperty("inventory").GetProperty("quantity").GetInt32());
        await using var db = api.CreateDbContext();
        var row = await db.Products.SingleAsync(p => p.Id == product.GetProperty("id").GetInt32());
        Assert.Equal((name, "Router 5G", 19.99m, true), (row.Name, row.Description, row.Price, row.IsActive));
    }

    [Fact]
    public async Task AProductCanBeCreatedInactiveWithTheLongestNameAndTheSmallestPrice()
    {
        var name = ("Test product " + TestRows.Unique()).PadRight(255, 'x');

        var payload = await CreateAsync(new { name, price = 0.01m, isActive = false });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(name, payload.GetProperty("product").GetProperty("name").GetString());
        Assert.False(payload.GetProperty("product").GetProperty("isActive").GetBoolean());
    }

    [Theory]
    [InlineData("   ", null, "9.99", "Name is required", "name")]
    [InlineData("", null, "9.99", "Name is required", "name")]
    [InlineData("LONG", null, "9.99", "Name must be at most 255 characters", "name")]
    [InlineData("Test product", "LONG", "9.99", "Description must be at most 1024 characters", "description")]
    [InlineData("Test product", null, "0", "Price must be greater than zero", "price")]
    [InlineData("Test product", null, "-5", "Price must be greater than zero", "price")]
    [InlineData("Test product", null, "1.005", "Price must have at most 2 decimal places", "price")]
    [InlineData("Test product", null, "10000000000", "Price must be at most 9999999999.99", "price")]
    public async Task InvalidProductsAreRefusedAndWriteNothing(string name, string? description, string price, string message, string field)
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await CreateAsync(new
        {
            name = name switch { "LONG" => new string('n', 256), "" or "   " => name, _ => $"{name} {TestRows.Unique()}" },
            description = description == "LONG" ? new string('d', 1025) : description,
            price = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
        });

        var error = PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT");
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ADuplicateNameIsAConflictWhateverItsCase()
    {
        var existing = TestRows.Product();
        await api.AddRowsAsync(existing);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await CreateAsync(new { name = " " + existing.Name.ToUpperInvariant(), price = 1m });

        var error = PayloadAssert.SingleError(payload, "ConflictError",
            $"A product named \"{existing.Name.ToUpperInvariant()}\" already exists", "CONFLICT");
        Assert.Equal("name", error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneNameLetExactlyOneThrough()
    {
        var name = "Test product " + TestRows.Unique();
        var client = api.CreateClient(Role.Admin);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CreateAsync(new { name, price = 2.5m }, client)));

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null),
            p => Assert.Equal("CONFLICT", p.GetProperty("errors")[0].GetProperty("code").GetString()));
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Products.CountAsync(p => p.Name == name));
    }

    private async Task<JsonElement> CreateAsync(object input, HttpClient? client = null) =>
        (await (client ?? api.CreateClient(Role.Admin)).QueryDataAsync(ProductDocuments.Create, new { input })).GetProperty("createProduct");
}
