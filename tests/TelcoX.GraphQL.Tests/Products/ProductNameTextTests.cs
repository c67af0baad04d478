using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Products;

/// <summary>Lookalike names: invisible characters are refused, and one name typed two Unicode ways is one name.</summary>
public sealed class ProductNameTextTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Composed = "Caf\u00E9", Decomposed = "Cafe\u0301";

    [Theory]
    [InlineData("\u0000", "U+0000")] // NUL
    [InlineData("\u202E", "U+202E")] // right-to-left override
    [InlineData("\u200B", "U+200B")] // zero-width space
    public async Task InvisibleAndControlCharactersAreRefusedOnCreateAndUpdate(string character, string shown)
    {
        var existing = TestRows.Product();
        await api.AddRowsAsync(existing);
        var before = await DatabaseSnapshot.ReadAsync(api);
        var name = $"Test {character}product {TestRows.Unique()}";
        var message = $"Name must not contain control or invisible formatting characters (found {shown})";

        var created = await PostAsync(ProductDocuments.Create, "createProduct", new { name, price = 1m });
        var updated = await PostAsync(ProductDocuments.Update, "updateProduct", new { id = existing.Id, name });

        Assert.Equal("name", PayloadAssert.SingleError(created, "ValidationError", message, "BAD_USER_INPUT").GetProperty("field").GetString());
        Assert.Equal("name", PayloadAssert.SingleError(updated, "ValidationError", message, "BAD_USER_INPUT").GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ANameIsStoredComposedAndItsDecomposedTwinIsADuplicate()
    {
        var suffix = " " + TestRows.Unique();
        var other = TestRows.Product();
        await api.AddRowsAsync(other);

        var created = await PostAsync(ProductDocuments.Create, "createProduct", new { name = Decomposed + suffix, price = 1m });
        var twin = await PostAsync(ProductDocuments.Create, "createProduct", new { name = Composed.ToUpperInvariant() + suffix, price = 1m });
        var renamed = await PostAsync(ProductDocuments.Update, "updateProduct", new { id = other.Id, name = Composed + suffix });

        PayloadAssert.Succeeded(created);
        await using var db = api.CreateDbContext();
        var id = created.GetProperty("product").GetProperty("id").GetInt32();
        Assert.Equal(Composed + suffix, (await db.Products.SingleAsync(p => p.Id == id)).Name);
        PayloadAssert.SingleError(twin, "ConflictError", $"A product named \"CAF\u00C9{suffix}\" already exists", "CONFLICT");
        PayloadAssert.SingleError(renamed, "ConflictError", $"A product named \"{Composed}{suffix}\" already exists", "CONFLICT");
    }

    private async Task<System.Text.Json.JsonElement> PostAsync(string document, string field, object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(document, new { input })).GetProperty(field);
}
