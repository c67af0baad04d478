using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Server;

public sealed partial class BananaCakePopTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private readonly HttpClient browser = Browser(api);

    [Fact]
    public async Task ABrowserOpeningGraphQLIsSentToTheIde()
    {
        using var response = await browser.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheIdePageAndItsScriptsAreServedFromThisServer()
    {
        using var page = await browser.GetAsync("/graphql/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.DoesNotContain("//", src)); // relative: nothing loads from elsewhere
        using var script = await browser.GetAsync($"/graphql/{scripts[0]}");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task TheIdeIsConfiguredForThisServerWithTelemetryOff()
    {
        var config = JsonDocument.Parse(await browser.GetStringAsync("/graphql/bcp-config.json")).RootElement;

        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("http://localhost/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal("ws://localhost/graphql", config.GetProperty("subscriptionEndpoint").GetString());
        // Development presets its API key (GraphQL:Ide:HttpHeaders), so the IDE answers at once.
        Assert.Equal(AuthenticatedClients.DevelopmentApiKey, config.GetProperty("httpHeaders").GetProperty("X-API-Key").GetString());
    }

    [Fact]
    public async Task GraphQLClientsStillGetGraphQLAtTheSameUrl()
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("{ __typename }");

        Assert.Equal("Query", data.GetProperty("__typename").GetString());
    }

    private static HttpClient Browser(TelcoApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client;
    }

    [GeneratedRegex("<script[^>]+src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
