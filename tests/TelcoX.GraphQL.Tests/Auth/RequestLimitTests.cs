using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

public sealed class RequestLimitTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ADocumentDeeperThanTheLimitIsRefused()
    {
        // A cheap document, so that the depth limit (lowered to 3) speaks before the complexity limit.
        await using var shallow = api.WithWebHostBuilder(host => host.UseSetting("GraphQL:Limits:MaxDepth", "3"));

        var (_, body) = await AuthErrors.PostAsync(shallow.CreateClient(Role.Admin), "{ customers(first: 1) { nodes { lines { customer { id } } } } }");

        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("nested", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AHugePageSizeIsRefusedBeforeItRuns()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(Role.Admin), "{ customers(first: 1000000) { nodes { lines { msisdn } invoices(first: 1000000) { nodes { number } } } } }");

        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(AuthErrors.Codes(body));
    }

    [Fact]
    public async Task TooManyAliasesAreRefused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"a{i}: __typename"));

        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(), $"{{ {aliases} }}");

        Assert.Contains("TOO_MANY_ALIASES", AuthErrors.Codes(body));
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413WithAJsonError()
    {
        var big = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 1_100_000) + "\"}}";

        using var response = await api.CreateClient().PostAsync("/graphql", new StringContent(big, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("PAYLOAD_TOO_LARGE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ABatchArrayIsRefusedWith400()
    {
        using var response = await api.CreateClient().PostAsync("/graphql",
            new StringContent("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
