namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class FilteringTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    [Theory]
    [MemberData(nameof(FilterCases.Names), MemberType = typeof(FilterCases))]
    public async Task EachOperatorAnswersAsLinqToObjectsDoes(string name)
    {
        var (field, where, expected) = FilterCases.All[name];

        var (ids, _) = await PagingWalker.WalkForwardAsync(db, field, $", where: {where}", 50);

        Assert.Equal(expected(), ids);
    }

    [Fact]
    public async Task FilteringRunsInOneSqlStatement()
    {
        await db.DataAsync("""{ customers(where: { name: { icontains: "ÁLVARO" }, lines: { some: { msisdn: { startsWith: "593" } } } }) { nodes { id } } }""");

        var sql = Assert.Single(db.Sql.Statements);
        Assert.Contains("WHERE", sql);
        Assert.Contains("EXISTS", sql);
        Assert.Contains("lower(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DerivedStatusIsComputedInSql()
    {
        await db.DataAsync("{ invoices(where: { status: { eq: OVERDUE } }) { nodes { id } } }");

        var sql = Assert.Single(db.Sql.Statements);
        Assert.Contains("CASE", sql);
        Assert.Contains("'Unpaid'", sql);
    }

    [Fact]
    public async Task APasswordHashIsNeverFilterableNorSortable()
    {
        var types = await db.DataAsync("""{ f: __type(name: "UserFilterInput") { inputFields { name } } s: __type(name: "UserSortInput") { inputFields { name } } }""");
        var response = await db.ExecuteAsync("""{ users(where: { passwordHash: { startsWith: "A" } }) { nodes { id } } }""");

        Assert.DoesNotContain(types.GetProperty("f").GetProperty("inputFields").EnumerateArray(), f => f.GetProperty("name").GetString() == "passwordHash");
        Assert.DoesNotContain(types.GetProperty("s").GetProperty("inputFields").EnumerateArray(), f => f.GetProperty("name").GetString() == "passwordHash");
        Assert.True(response.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task OperatorInputsHaveHotChocolatesNames()
    {
        var data = await db.DataAsync("""
            { f: __type(name: "CustomerFilterInput") { inputFields { name type { name } } }
              s: __type(name: "StringOperationFilterInput") { inputFields { name } } }
            """);

        var fields = data.GetProperty("f").GetProperty("inputFields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetProperty("name").GetString());
        Assert.Equal("StringOperationFilterInput", fields["name"]);
        Assert.Equal("IntOperationFilterInput", fields["id"]);
        Assert.Equal("DateTimeOperationFilterInput", fields["createdAt"]);
        Assert.Equal("ListFilterInputTypeOfPhoneLineFilterInput", fields["lines"]);
        Assert.Contains("icontains", data.GetProperty("s").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }
}
