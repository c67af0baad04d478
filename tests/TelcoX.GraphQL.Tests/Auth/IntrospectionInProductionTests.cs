using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

public sealed class IntrospectionInProductionTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task IntrospectionIsOffInProduction()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(), Introspection);

        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ custmers(first: 1) { totalCount } }", "Cannot query field 'custmers' on type 'Query'.")]
    [InlineData("{ products(frist: 1) { totalCount } }", "Unknown argument 'frist' on field 'products' of type 'Query'.")]
    [InlineData("query($o: [ProductSortInpt!]) { products(order: $o) { totalCount } }", "Unknown type ProductSortInpt.")]
    public async Task ValidationErrorsSuggestNoNamesInProduction(string document, string message)
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(), document);

        Assert.Contains(message, Messages(body));
        Assert.DoesNotContain(Messages(body), m => m.Contains("Did you mean"));
    }

    [Fact]
    public async Task ValidationErrorsSuggestNamesWhereIntrospectionIsOn()
    {
        await using var open = api.WithWebHostBuilder(host => host.UseSetting("GraphQL:Introspection", "true"));

        var (_, body) = await AuthErrors.PostAsync(open.CreateClient(), "{ custmers(first: 1) { totalCount } }");

        Assert.Contains(Messages(body), m => m.Contains("Did you mean 'customers'"));
    }

    private static IReadOnlyList<string> Messages(System.Text.Json.JsonElement body) =>
        [.. body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];

    [Fact]
    public async Task IntrospectionCanBeSwitchedOnInProduction()
    {
        await using var open = api.WithWebHostBuilder(host => host.UseSetting("GraphQL:Introspection", "true"));

        var data = await open.CreateClient().QueryDataAsync(Introspection);

        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
