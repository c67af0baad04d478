using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// The query strategy collects each selection's fields once per request and reuses them for every
/// object of a list. What it reuses must never leak into another request of the same (cached) document.
/// </summary>
public sealed class SelectionCacheTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Document = """
        query($ids: [Int!]!, $withMsisdn: Boolean!, $skipName: Boolean!) {
          customers(first: 10, where: { id: { in: $ids } }, order: [{ id: ASC }]) {
            nodes { id name @skip(if: $skipName) lines { id msisdn @include(if: $withMsisdn) } }
          }
        }
        """;

    [Fact]
    public async Task SkipAndIncludeFollowEachRequestsVariablesOnTheSameDocument()
    {
        var ids = await TwoCustomersWithALineAsync();
        var client = api.CreateClient(Role.Admin);

        var full = await client.QueryDataAsync(Document, new { ids, withMsisdn = true, skipName = false });
        var bare = await client.QueryDataAsync(Document, new { ids, withMsisdn = false, skipName = true });
        var fullAgain = await client.QueryDataAsync(Document, new { ids, withMsisdn = true, skipName = false });

        Assert.All(Nodes(full), c =>
        {
            Assert.True(c.TryGetProperty("name", out _));
            Assert.All(c.GetProperty("lines").EnumerateArray(), l => Assert.StartsWith("+", l.GetProperty("msisdn").GetString()));
        });
        Assert.All(Nodes(bare), c =>
        {
            Assert.False(c.TryGetProperty("name", out _), c.ToString());
            Assert.All(c.GetProperty("lines").EnumerateArray(), l => Assert.False(l.TryGetProperty("msisdn", out _), l.ToString()));
        });
        Assert.Equal(full.ToString(), fullAgain.ToString());
    }

    [Fact]
    public async Task AFieldSelectedTwiceMergesItsSelectionsForEveryObject()
    {
        var ids = await TwoCustomersWithALineAsync();

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($ids: [Int!]!) { customers(where: { id: { in: $ids } }, order: [{ id: ASC }]) { nodes { lines { id } lines { msisdn } } } }",
            new { ids });

        var nodes = Nodes(data);
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, c =>
        {
            var line = Assert.Single(c.GetProperty("lines").EnumerateArray());
            Assert.True(line.GetProperty("id").GetInt32() > 0);
            Assert.StartsWith("+", line.GetProperty("msisdn").GetString());
        });
    }

    private async Task<int[]> TwoCustomersWithALineAsync()
    {
        var lines = new[] { TestRows.Line(TestRows.Customer()), TestRows.Line(TestRows.Customer()) };
        await api.AddRowsAsync(lines);
        return [.. lines.Select(l => l.CustomerId)];
    }

    private static List<System.Text.Json.JsonElement> Nodes(System.Text.Json.JsonElement data) =>
        [.. data.GetProperty("customers").GetProperty("nodes").EnumerateArray()];
}
