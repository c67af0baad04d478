using System.Text.Json;
using TelcoX.GraphQL.Tests.Inventory;
using TelcoX.GraphQL.Tests.Products;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Users;

namespace TelcoX.GraphQL.Tests.Mutations;

/// <summary>
/// Whatever a client types, the answer is a payload error or a request error (no path), never a
/// resolver that failed on the server (a field error with a path) nor an HTTP 5xx.
/// </summary>
public sealed class HostileInputTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    public static TheoryData<string, string> Inputs => new()
    {
        { ProductDocuments.Create, """{ "name": "Test \ud800 lone surrogate", "price": 1 }""" },
        { ProductDocuments.Create, """{ "name": "Test \u0000 nul", "price": 1 }""" },
        { ProductDocuments.Create, """{ "name": "Test huge price", "price": 79228162514264337593543950335 }""" },
        { ProductDocuments.Create, """{ "name": "Test overflowing price", "price": 1e40 }""" },
        { ProductDocuments.Create, """{ "name": "Test tiny price", "price": 1e-30 }""" },
        { ProductDocuments.Create, """{ "name": "Test string price", "price": "abc" }""" },
        { ProductDocuments.Update, """{ "id": 2147483647, "name": null }""" },
        { ProductDocuments.Update, """{ "id": 2147483648 }""" },
        { ProductDocuments.Delete, """{ "id": -1 }""" },
        { InventoryDocuments.SetInventory, """{ "productId": 1, "quantity": 2147483648 }""" },
        { InventoryDocuments.SetInventory, """{ "productId": 1, "quantity": 2147483647 }""" },
        { InventoryDocuments.Purchase, """{ "productId": 1, "quantity": 2147483647, "customerId": -5 }""" },
        { UserDocuments.Register, """{ "email": "t\ud800@example.test", "password": "\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800\ud800" }""" },
        { UserDocuments.Register, """{ "email": "test@example.test", "password": "1234567890", "role": "ROOT" }""" },
        { UserDocuments.Login, """{ "email": "\u0000", "password": "\ud800" }""" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task NoInputMakesTheServerFail(string document, string input)
    {
        var body = $$"""{ "query": {{JsonSerializer.Serialize(document)}}, "variables": { "input": {{input}} } }""";

        using var response = await api.CreateClient(Role.Admin).PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        if (json.TryGetProperty("errors", out var errors))
            Assert.All(errors.EnumerateArray(), error => Assert.False(error.TryGetProperty("path", out _), $"Field failed: {error}"));
    }
}
