using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class ConcurrentConnectionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    // Sibling connections and nested batches resolve in parallel: each must use a context of its own.
    private const string Query = """
        {
          customers(first: 20) { totalCount nodes { lines { consumption { balance } dataPlans { usedBytes } usageEvents { bytes } customer { id } }
                                                     invoices { totalCount nodes { total payments { amount } customer { name } } }
                                                     channels { kind } transactions { amount } } }
          invoices(first: 20, order: [{ total: DESC }]) { totalCount nodes { customer { name } msisdn } }
          phoneLines(first: 20) { nodes { plan { name } consumption { minutes } } }
          products(first: 20) { nodes { inventory { quantity } } }
          productsPage(take: 20) { items { name } }
          coupons(first: 20) { nodes { invoice { number } } }
          users(first: 20) { nodes { customer { name } } }
          consumptions(first: 20) { nodes { customer { name } line { msisdn } } }
        }
        """;

    [Fact]
    public async Task TwentyConcurrentRequestsWithManySiblingConnectionsAllAnswerWithoutErrors()
    {
        var client = api.CreateClient(Role.Admin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostGraphQLAsync(Query)));

        Assert.All(responses, response => Assert.False(response.TryGetProperty("errors", out var errors), $"Errors: {errors}"));
        Assert.All(responses, response => Assert.Equal(20, response.GetProperty("data").GetProperty("customers").Nodes().Count));
    }
}
