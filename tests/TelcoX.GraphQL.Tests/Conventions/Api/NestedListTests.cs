using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

/// <summary>where/order on customer.lines/channels/transactions and line.usageEvents/dataPlans, batched, filtered and sorted in SQL.</summary>
public sealed class NestedListTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    private const string Nested = """
        nodes { id
          channels(where: { kind: { eq: CALL } }, order: [{ timestamp: ASC }]) { id }
          transactions(where: { amount: { gt: 0 } }, order: [{ amount: DESC }]) { id }
          lines(order: [{ msisdn: DESC }]) { id
            usageEvents(where: { bytes: { gte: 1000000 } }, order: [{ bytes: DESC }]) { id }
            dataPlans(where: { isActive: { eq: true } }, order: [{ expiresAt: ASC }]) { id } } }
        """;

    private async Task<(JsonElement Data, IReadOnlyList<string> Sql)> RunAsync(string query)
    {
        var client = api.CreateClient(Role.Admin);
        await client.QueryDataAsync("{ __typename }"); // signs in first: login's statements are not the query's
        api.Sql.Clear();
        var data = await client.QueryDataAsync(query);
        return (data, api.Sql.Statements);
    }

    private static List<long> Ids(JsonElement list) => [.. list.EnumerateArray().Select(n => n.GetProperty("id").GetInt64())];

    [Fact]
    public async Task EveryNestedListFiltersAndOrdersInOneStatementWhateverThePageSize()
    {
        var (_, small) = await RunAsync($"{{ customers(first: 5) {{ {Nested} }} }}");
        var (data, large) = await RunAsync($"{{ customers(first: 50) {{ {Nested} }} }}");

        // customers, channels, transactions, lines, then usageEvents and dataPlans: one statement each.
        Assert.Equal(6, large.Count);
        Assert.Equal(small.Count, large.Count);
        foreach (var table in new[] { "Channels", "Transactions", "PhoneLines", "UsageEvents", "DataPlans" })
        {
            var sql = Assert.Single(large, s => SelectedColumns.Reads(s, table));
            Assert.Contains("IN (", sql);
            Assert.Contains("ORDER BY", sql);
        }

        await using var db = api.CreateDbContext();
        var customers = data.GetProperty("customers").Nodes();
        var customerIds = customers.Select(c => c.GetProperty("id").GetInt32()).ToList();
        var channels = await db.Channels.Where(m => customerIds.Contains(m.CustomerId)).ToListAsync();
        var transactions = await db.Transactions.Where(t => customerIds.Contains(t.CustomerId)).ToListAsync();
        var lines = await db.PhoneLines.Where(l => customerIds.Contains(l.CustomerId)).ToListAsync();
        var events = await db.UsageEvents.Where(e => lines.Select(l => l.Id).Contains(e.PhoneLineId)).ToListAsync();
        var plans = await db.DataPlans.Where(p => lines.Select(l => l.Id).Contains(p.PhoneLineId)).ToListAsync();
        Assert.Contains(customers, c => c.GetProperty("channels").GetArrayLength() > 0);
        Assert.Contains(customers, c => c.GetProperty("transactions").GetArrayLength() > 1);
        Assert.Contains(customers, c => c.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("usageEvents").GetArrayLength() > 1));
        Assert.Contains(customers, c => c.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("dataPlans").GetArrayLength() > 0));
        foreach (var customer in customers)
        {
            var id = customer.GetProperty("id").GetInt32();
            Assert.Equal(channels.Where(m => m.CustomerId == id && m.Kind == ChannelKind.Call).OrderBy(m => m.Timestamp).ThenBy(m => m.Id).Select(m => (long)m.Id),
                Ids(customer.GetProperty("channels")));
            Assert.Equal(transactions.Where(t => t.CustomerId == id && t.Amount > 0).OrderByDescending(t => t.Amount).ThenBy(t => t.Id).Select(t => (long)t.Id),
                Ids(customer.GetProperty("transactions")));
            Assert.Equal(lines.Where(l => l.CustomerId == id).OrderByDescending(l => l.Msisdn, StringComparer.Ordinal).ThenBy(l => l.Id).Select(l => (long)l.Id),
                Ids(customer.GetProperty("lines")));
            foreach (var line in customer.GetProperty("lines").EnumerateArray())
            {
                var lineId = line.GetProperty("id").GetInt32();
                Assert.Equal(events.Where(e => e.PhoneLineId == lineId && e.Bytes >= 1000000).OrderByDescending(e => e.Bytes).ThenBy(e => e.Id).Select(e => e.Id),
                    Ids(line.GetProperty("usageEvents")));
                Assert.Equal(plans.Where(p => p.PhoneLineId == lineId && p.IsActive).OrderBy(p => p.ExpiresAt).ThenBy(p => p.Id).Select(p => (long)p.Id),
                    Ids(line.GetProperty("dataPlans")));
            }
        }
    }

    [Fact]
    public async Task WithoutArgumentsNestedListsKeepTheirDocumentedOrder()
    {
        var (data, sql) = await RunAsync("{ customers(first: 20) { nodes { id channels { id } transactions { id } lines { id usageEvents { id } } } } }");

        Assert.Equal(5, sql.Count);
        await using var db = api.CreateDbContext();
        foreach (var customer in data.GetProperty("customers").Nodes())
        {
            var id = customer.GetProperty("id").GetInt32();
            Assert.Equal(await db.Channels.Where(m => m.CustomerId == id).OrderByDescending(m => m.Timestamp).ThenByDescending(m => m.Id).Select(m => (long)m.Id).ToListAsync(),
                Ids(customer.GetProperty("channels")));
            Assert.Equal(await db.Transactions.Where(t => t.CustomerId == id).OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).Select(t => (long)t.Id).ToListAsync(),
                Ids(customer.GetProperty("transactions")));
            Assert.Equal(await db.PhoneLines.Where(l => l.CustomerId == id).OrderBy(l => l.Id).Select(l => (long)l.Id).ToListAsync(),
                Ids(customer.GetProperty("lines")));
            foreach (var line in customer.GetProperty("lines").EnumerateArray())
            {
                var lineId = line.GetProperty("id").GetInt32();
                Assert.Equal(await db.UsageEvents.Where(e => e.PhoneLineId == lineId).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(e => e.Id).ToListAsync(),
                    Ids(line.GetProperty("usageEvents")));
            }
        }
    }

    [Fact]
    public async Task ACaseInsensitiveFilterOnANestedListAnswersTheSameOnBothDatabases()
    {
        await using var db = api.CreateDbContext();
        var call = await db.Channels.OrderBy(m => m.Id).FirstAsync(m => m.Content.Length > 6);
        var part = call.Content.Substring(1, 5);

        var (data, _) = await RunAsync($$"""{ customer(id: {{call.CustomerId}}) { channels(where: { content: { icontains: "{{part.ToUpperInvariant()}}" } }) { id content } } }""");

        var contents = data.GetProperty("customer").GetProperty("channels").EnumerateArray().Select(m => m.GetProperty("content").GetString()!).ToList();
        Assert.Contains(call.Content, contents);
        Assert.All(contents, content => Assert.Contains(part, content, StringComparison.OrdinalIgnoreCase));
    }
}
