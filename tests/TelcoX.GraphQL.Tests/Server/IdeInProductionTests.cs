using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TelcoX.GraphQL.Tests.Data;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>Outside Development the IDE, its config and its files are not served unless GraphQL:Ide:Enabled says so.</summary>
public sealed class IdeInProductionTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Theory]
    [InlineData("/graphql/bcp-config.json")]
    [InlineData("/graphql/index.html")]
    public async Task TheIdeAndItsConfigAreNotServedInProduction(string path)
    {
        using var response = await Browser(api).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ABrowserOpeningGraphQLInProductionGetsNoIde()
    {
        using var response = await Browser(api).GetAsync("/graphql");
        var body = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheIdeCanBeSwitchedOnInProductionWithoutPresetHeaders()
    {
        await using var enabled = api.WithWebHostBuilder(host => host.UseSetting("GraphQL:Ide:Enabled", "true"));

        var config = System.Text.Json.JsonDocument.Parse(await Browser(enabled).GetStringAsync("/graphql/bcp-config.json")).RootElement;

        Assert.Empty(config.GetProperty("httpHeaders").EnumerateObject());
        using var redirect = await Browser(enabled).GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
    }

    private static HttpClient Browser(WebApplicationFactory<Program> api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client;
    }
}
