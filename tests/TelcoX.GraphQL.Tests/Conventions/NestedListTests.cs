using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>where/order on a nested list (customer.lines, customer.invoices): every operator and sort, in one batched statement.</summary>
public sealed class NestedListTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    private static readonly Dictionary<string, (string List, Dictionary<int, int> OwnerOf)> Lists = new()
    {
        ["phoneLines"] = ("lines", ConventionsSeed.Lines.ToDictionary(l => l.Id, l => l.CustomerId)),
        ["invoices"] = ("invoices", ConventionsSeed.Invoices.ToDictionary(i => i.Id, i => i.CustomerId)),
    };

    public static TheoryData<string> FilterNames => [.. FilterCases.All.Where(c => Lists.ContainsKey(c.Value.Field)).Select(c => c.Key)];

    public static TheoryData<string> OrderNames => [.. OrderedWalkCases.All.Where(c => Lists.ContainsKey(c.Value.Field)).Select(c => c.Key)];

    /// <summary>Each customer's nested ids, for all 60 customers (two pages of 30).</summary>
    private async Task<Dictionary<int, List<int>>> NestedIdsAsync(string list, string arguments)
    {
        var nested = $"nodes {{ id {list}({arguments}) {{ id }} }}";
        var data = await db.DataAsync($"{{ a: customers(first: 30) {{ {nested} }} b: customers(first: 30, where: {{ id: {{ gt: 30 }} }}) {{ {nested} }} }}");
        return data.GetProperty("a").GetProperty("nodes").EnumerateArray().Concat(data.GetProperty("b").GetProperty("nodes").EnumerateArray())
            .ToDictionary(c => c.GetProperty("id").GetInt32(), c => c.GetProperty(list).EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList());
    }

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task EachOperatorFiltersANestedListAsItFiltersTheRootField(string name)
    {
        var (field, where, expected) = FilterCases.All[name];
        var (list, ownerOf) = Lists[field];

        var nested = await NestedIdsAsync(list, $"where: {where}");

        Assert.Equal(60, nested.Count);
        foreach (var (customer, ids) in nested)
            Assert.Equal(expected().Where(id => ownerOf[id] == customer).Order(), ids); // by id unless ordered
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task EachSortOrdersANestedListAsItOrdersTheRootField(string name)
    {
        var (field, arguments, expected) = OrderedWalkCases.All[name];
        var (list, ownerOf) = Lists[field];

        var nested = await NestedIdsAsync(list, arguments.TrimStart(',', ' '));

        foreach (var (customer, ids) in nested)
            Assert.Equal(expected().Where(id => ownerOf[id] == customer), ids);
    }

    [Fact]
    public async Task FilteredAndOrderedNestedListsCostOneStatementEachWhateverThePageSize()
    {
        const string Nested = """
            nodes { id lines(where: { productType: { eq: MOVIL } }, order: [{ msisdn: DESC }]) { msisdn customer { id } }
                        invoices(where: { status: { neq: PAID } }, order: [{ total: DESC }, { dueDate: ASC }]) { id } }
            """;
        await db.DataAsync($"{{ customers(first: 5) {{ {Nested} }} }}");
        var small = db.Sql.Statements.Count;
        var data = await db.DataAsync($"{{ customers(first: 50) {{ {Nested} }} }}");
        var statements = db.Sql.Statements;

        // customers, lines, invoices, then line.customer: one statement each.
        Assert.Equal(4, statements.Count);
        Assert.Equal(small, statements.Count);
        // The filter, the parents and the order are all in the nested statements' SQL.
        foreach (var table in new[] { "PhoneLines", "Invoices" })
        {
            var sql = Assert.Single(statements, sql => SelectedColumns.Reads(sql, table));
            Assert.Contains("IN (", sql);
            Assert.Contains("ORDER BY", sql);
            Assert.Contains("WHERE", sql);
        }
        var customers = data.GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(customers, c => Assert.All(c.GetProperty("lines").EnumerateArray(), l =>
            Assert.Equal(c.GetProperty("id").GetInt32(), l.GetProperty("customer").GetProperty("id").GetInt32())));
        var expectedLines = ConventionsSeed.Lines.Where(l => l.CustomerId <= 50 && l.ProductType == GraphQL.Customers.ProductType.Movil).Count();
        Assert.Equal(expectedLines, customers.Sum(c => c.GetProperty("lines").GetArrayLength()));
    }

    [Fact]
    public async Task ParentsAskingWithDifferentArgumentsGetTheirOwnAnswers()
    {
        var data = await db.DataAsync("""
            { customers(first: 2) { nodes { movil: lines(where: { productType: { eq: MOVIL } }) { productType }
                                           fijo: lines(where: { productType: { eq: FIJO } }) { productType } all: lines { id } } } }
            """);

        foreach (var customer in data.GetProperty("customers").GetProperty("nodes").EnumerateArray())
        {
            Assert.All(customer.GetProperty("movil").EnumerateArray(), l => Assert.Equal("MOVIL", l.GetProperty("productType").GetString()));
            Assert.All(customer.GetProperty("fijo").EnumerateArray(), l => Assert.Equal("FIJO", l.GetProperty("productType").GetString()));
            Assert.Equal(customer.GetProperty("all").GetArrayLength(), customer.GetProperty("movil").GetArrayLength() + customer.GetProperty("fijo").GetArrayLength());
        }
    }

    [Fact]
    public async Task AWhereOnAFieldTheEntityLacksIsAnErrorNotAnEmptyList()
    {
        var response = await db.ExecuteAsync("{ customers(first: 1) { nodes { lines(where: { nonsense: { eq: 1 } }) { id } } } }");

        Assert.True(response.TryGetProperty("errors", out var errors));
        Assert.Contains("nonsense", errors.ToString());
        Assert.Empty(db.Sql.Statements);
    }
}
