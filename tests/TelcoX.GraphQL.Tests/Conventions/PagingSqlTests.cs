namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class PagingSqlTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    [Fact]
    public async Task ALatePageUsesAKeysetWhereAndLimitNeverOffset()
    {
        var walk = await PagingWalker.WalkForwardAsync(db, "invoices", ", order: [{ total: DESC }]", 20);
        Assert.Equal(180, walk.Ids.Count);
        var late = (await db.DataAsync("{ invoices(first: 20, order: [{ total: DESC }]) { pageInfo { endCursor } } }")).GetProperty("invoices");
        string? cursor = late.Cursor("endCursor");
        for (var i = 0; i < 7; i++)
            cursor = (await db.DataAsync($"{{ invoices(first: 20, after: \"{cursor}\", order: [{{ total: DESC }}]) {{ pageInfo {{ endCursor }} }} }}"))
                .GetProperty("invoices").Cursor("endCursor");

        await db.DataAsync($"{{ invoices(first: 20, after: \"{cursor}\", order: [{{ total: DESC }}]) {{ nodes {{ id }} }} }}");

        var sql = Assert.Single(db.Sql.Statements);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("WHERE", sql);
    }

    [Fact]
    public async Task BackwardPagesUseLimitNeverOffset()
    {
        var last = (await db.DataAsync("{ customers(last: 5) { pageInfo { startCursor } } }")).GetProperty("customers");
        await db.DataAsync($"{{ customers(last: 5, before: \"{last.Cursor("startCursor")}\") {{ nodes {{ id }} }} }}");

        var sql = Assert.Single(db.Sql.Statements);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("DESC", sql);
    }

    [Fact]
    public async Task TotalCountRunsACountOnlyWhenSelected()
    {
        await db.DataAsync("{ customers(first: 3) { nodes { id } } }");
        var without = db.Sql.Statements;
        await db.DataAsync("{ customers(first: 3) { ... on CustomersConnection { totalCount } nodes { id } } }");
        var with = db.Sql.Statements;

        Assert.Single(without);
        Assert.Equal(2, with.Count);
        Assert.Contains(with, sql => sql.Contains("COUNT(*)"));
    }

    [Fact]
    public async Task AFilteredCountCountsInSql()
    {
        var page = (await db.DataAsync("{ customers(first: 1, where: { serviceType: { eq: \"PQRS\" } }) { totalCount } }")).GetProperty("customers");

        Assert.Equal(ConventionsSeed.Customers.Count(c => c.ServiceType == "PQRS"), page.GetProperty("totalCount").GetInt32());
        Assert.Contains(db.Sql.Statements, sql => sql.Contains("COUNT(*)") && sql.Contains("WHERE"));
    }
}
