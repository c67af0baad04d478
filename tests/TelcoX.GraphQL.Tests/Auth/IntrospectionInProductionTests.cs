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

    [Fact]
    public async Task IntrospectionCanBeSwitchedOnInProduction()
    {
        await using var open = api.WithWebHostBuilder(host => host.UseSetting("GraphQL:Introspection", "true"));

        var data = await open.CreateClient().QueryDataAsync(Introspection);

        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
