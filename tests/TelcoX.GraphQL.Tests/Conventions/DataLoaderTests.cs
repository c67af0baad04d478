namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class DataLoaderTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    private const string Nested = "nodes { id lines { msisdn consumption { balance } customer { id } } invoices { number customer { name } } }";

    [Fact]
    public async Task NestedCollectionsAndOneToOnesCostTheSameStatementsWhateverThePageSize()
    {
        await db.DataAsync($"{{ customers(first: 5) {{ {Nested} }} }}");
        var small = db.Sql.Statements.Count;
        var data = await db.DataAsync($"{{ customers(first: 50) {{ {Nested} }} }}");
        var large = db.Sql.Statements;

        // page + lines + invoices, then consumption + line.customer + invoice.customer: one statement each.
        Assert.Equal(6, large.Count);
        Assert.Equal(small, large.Count);
        var customers = data.GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, customers.Count);
        Assert.All(customers, c => Assert.Equal(2, c.GetProperty("lines").GetArrayLength()));
        Assert.All(customers, c => Assert.Equal(3, c.GetProperty("invoices").GetArrayLength()));
        Assert.All(customers, c => Assert.All(c.GetProperty("lines").EnumerateArray(),
            l => Assert.Equal(c.GetProperty("id").GetInt32(), l.GetProperty("customer").GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task ABatchAsksForEveryParentKeyWithOneIn()
    {
        await db.DataAsync("{ customers(first: 50) { nodes { lines { id } } } }");

        var lines = Assert.Single(db.Sql.Statements, sql => sql.Contains("PhoneLines"));
        Assert.Contains("IN (", lines);
        Assert.Contains("50", lines); // the last customer's id is in the list
    }

    [Fact]
    public async Task OneToOneAnswersTheRightRowOrNull()
    {
        var data = await db.DataAsync("{ phoneLines(first: 3) { nodes { id consumption { balance minutes } } } }");

        var lines = data.GetProperty("phoneLines").GetProperty("nodes").EnumerateArray().ToList();
        var expected = ConventionsSeed.Consumptions.Where(c => c.PhoneLineId <= 3).OrderBy(c => c.PhoneLineId).ToList();
        Assert.Equal(expected.Select(c => c.Balance), lines.Select(l => l.GetProperty("consumption").GetProperty("balance").GetDecimal()));
    }
}
