using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class ConnectionSqlTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    private const string Nested = "nodes { id lines { consumption { balance } dataPlans { usedBytes } } invoices { nodes { total } } }";

    [Fact]
    public async Task CustomersWithLinesConsumptionDataPlansAndInvoicesRunAtMostFiveStatementsWhateverThePageSize()
    {
        var client = api.CreateClient(Role.Admin);
        await client.QueryDataAsync("{ __typename }"); // signs in first: login's statements are not the query's
        api.Sql.Clear();
        await client.QueryDataAsync($"{{ customers(first: 5) {{ {Nested} }} }}");
        var small = api.Sql.Statements;
        api.Sql.Clear();
        var data = await client.QueryDataAsync($"{{ customers(first: 50) {{ {Nested} }} }}");
        var large = api.Sql.Statements;

        // customers page, lines, invoices, then consumption and dataPlans: one statement each.
        Assert.True(large.Count <= 5, $"{large.Count} statements:\n{string.Join("\n---\n", large)}");
        Assert.Equal(small.Count, large.Count);
        var customers = data.GetProperty("customers").Nodes();
        Assert.True(customers.Count > 40);
        Assert.Contains(customers, c => c.GetProperty("lines").GetArrayLength() > 0
            && c.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("dataPlans").GetArrayLength() > 0));
        Assert.Contains(customers, c => c.GetProperty("invoices").Nodes().Count > 0);
    }

    [Fact]
    public async Task ALatePageUnderAFilterAndAnOrderUsesAKeysetWhereNeverOffset()
    {
        var client = api.CreateClient(Role.Admin);
        const string Arguments = "first: 5, where: { total: { gt: 0 } }, order: [{ total: DESC }]";
        string? cursor = null;
        for (var page = 0; page < 4; page++)
        {
            var after = cursor is null ? "" : $", after: \"{cursor}\"";
            cursor = (await client.QueryDataAsync($"{{ invoices({Arguments}{after}) {{ pageInfo {{ endCursor }} }} }}"))
                .GetProperty("invoices").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        api.Sql.Clear();

        var late = await client.QueryDataAsync($"{{ invoices({Arguments}, after: \"{cursor}\") {{ nodes {{ id total }} }} }}");

        Assert.Equal(5, late.GetProperty("invoices").Nodes().Count);
        var sql = Assert.Single(api.Sql.Statements);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("WHERE", sql);
    }
}
