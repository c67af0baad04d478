using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Customers;

/// <summary>Customer names (and the other texts people type about a customer) refuse invisible characters and are stored in NFC.</summary>
public sealed class CustomerNameTextTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("\u0000", "U+0000")]
    [InlineData("\u202E", "U+202E")]
    [InlineData("\u200B", "U+200B")]
    public async Task InvisibleAndControlCharactersInANameAreRefused(string character, string shown)
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new { name = $"Test {character}Ana", serviceType = "prepago" });

        var error = PayloadAssert.SingleError(payload, "ValidationError",
            $"name no admite caracteres de control ni de formato invisibles (se encontró {shown})", "BAD_USER_INPUT");
        Assert.Equal("name", error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ADecomposedNameIsStoredComposed()
    {
        var payload = await RegisterAsync(new { name = "Test Jose\u0301 Nu\u0301n\u0303ez", serviceType = "prepago" });

        PayloadAssert.Succeeded(payload);
        await using var db = api.CreateDbContext();
        var id = payload.GetProperty("customer").GetProperty("id").GetInt32();
        Assert.Equal("Test Jos\u00E9 N\u00FA\u00F1ez", (await db.Customers.SingleAsync(c => c.Id == id)).Name);
    }

    private async Task<System.Text.Json.JsonElement> RegisterAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(CustomerMutationDocuments.RegisterCustomerMutation, new { input })).GetProperty("registerCustomer");
}
