namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class SortingTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    [Theory]
    [MemberData(nameof(OrderedWalkCases.Names), MemberType = typeof(OrderedWalkCases))]
    public async Task PagingForwardsAndBackwardsVisitsEveryMatchingRowOnceInOrder(string name)
    {
        var (field, arguments, expected) = OrderedWalkCases.All[name];
        var ids = expected();

        var forward = await PagingWalker.WalkForwardAsync(db, field, arguments, 7);
        var backward = await PagingWalker.WalkBackwardAsync(db, field, arguments, 7);
        var total = (await db.DataAsync($"{{ {field}(first: 1{arguments}) {{ totalCount }} }}")).GetProperty(field).GetProperty("totalCount").GetInt32();

        Assert.Equal(ids, forward.Ids);
        Assert.Equal(ids, backward.Ids);
        Assert.Equal(ids.Count, total);
    }

    [Fact]
    public async Task DecimalsSortByValueNotByText()
    {
        // SQLite stores decimals as TEXT, where "10.25" < "9.50" < "99.99" would sort wrongly.
        var page = (await db.DataAsync("""
            { invoices(first: 50, where: { id: { lte: 20 }, total: { in: [9.50, 10.25, 99.99, 100.00] } }, order: [{ total: ASC }]) { nodes { id total } } }
            """)).GetProperty("invoices");

        var totals = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("total").GetDecimal()).Distinct().ToList();
        Assert.Equal([9.50m, 10.25m, 99.99m, 100.00m], totals);
    }

    [Fact]
    public async Task DecimalsCompareByValue()
    {
        var page = (await db.DataAsync("{ invoices(first: 50, where: { total: { gt: 9.5, lt: 100 } }) { nodes { total } } }")).GetProperty("invoices");

        var totals = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("total").GetDecimal()).Distinct().Order().ToList();
        Assert.Equal([10.25m, 99.99m], totals);
    }

    [Fact]
    public async Task OrderingHappensInSql()
    {
        await db.DataAsync("{ invoices(first: 5, order: [{ customer: { name: ASC } }, { total: DESC }]) { nodes { id } } }");

        var sql = Assert.Single(db.Sql.Statements);
        Assert.Contains("ORDER BY", sql);
        Assert.Contains("JOIN", sql);
    }
}
