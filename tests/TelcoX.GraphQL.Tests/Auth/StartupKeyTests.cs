using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Outside Development the API will not start on a missing, short or development secret.</summary>
public sealed class StartupKeyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("too-short-key")]
    [InlineData("DEVELOPMENT-ONLY-telcox-signing-key-never-use-in-production-0001")]
    public async Task ProductionRefusesToStartWithoutARealSigningKey(string? key)
    {
        await using var api = new ProductionApiFactory();
        await using var refused = api.WithWebHostBuilder(builder => builder.UseSetting("Auth:SigningKey", key ?? ""));

        var failure = Assert.ThrowsAny<Exception>(() => refused.Server);

        Assert.Contains("Auth:SigningKey", failure.ToString());
    }

    [Fact]
    public async Task ProductionRefusesToStartWithADevelopmentApiKey()
    {
        await using var api = new ProductionApiFactory();
        await using var refused = api.WithWebHostBuilder(builder => builder.UseSetting("Auth:ApiKeys:sync:Key", AuthenticatedClients.DevelopmentApiKey));

        var failure = Assert.ThrowsAny<Exception>(() => refused.Server);

        Assert.Contains("Auth:ApiKeys:sync:Key", failure.ToString());
    }

    [Fact]
    public async Task ProductionStartsWithARealKey()
    {
        await using var api = new ProductionApiFactory();

        var response = await api.CreateClient().PostGraphQLAsync("{ products(first: 1) { totalCount } }");

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
    }
}
