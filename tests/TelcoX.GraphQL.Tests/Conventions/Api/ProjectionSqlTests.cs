using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

/// <summary>The SQL selects the columns the query reads, plus keys; the answers stay those of whole rows.</summary>
public sealed class ProjectionSqlTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    private async Task<(JsonElement Data, IReadOnlyList<string> Sql)> RunAsync(string query, object? variables = null, Role role = Role.Admin)
    {
        var client = api.CreateClient(role);
        await client.QueryDataAsync("{ __typename }"); // signs in first: login's statements are not the query's
        api.Sql.Clear();
        var data = await client.QueryDataAsync(query, variables);
        return (data, api.Sql.Statements);
    }

    [Fact]
    public async Task ARootConnectionSelectsTheAskedColumnsAndTheKeyOnly()
    {
        var (data, sql) = await RunAsync("{ customers(first: 5) { nodes { name } } }");

        Assert.Equal(["Id", "Name"], SelectedColumns.Of(sql, "Customers").Order());
        await using var db = api.CreateDbContext();
        Assert.Equal(await db.Customers.OrderBy(c => c.Id).Take(5).Select(c => c.Name).ToListAsync(),
            data.GetProperty("customers").Nodes().Select(n => n.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task EdgesNodesAndFragmentsAllCount()
    {
        var (data, sql) = await RunAsync("""
            { customers(first: 3) { edges { cursor node { ...Contact } } nodes { ... on Customer { contractNumber } } } }
            fragment Contact on Customer { email }
            """);

        Assert.Equal(["ContractNumber", "Email", "Id"], SelectedColumns.Of(sql, "Customers").Order());
        await using var db = api.CreateDbContext();
        var expected = await db.Customers.OrderBy(c => c.Id).Take(3).ToListAsync();
        Assert.Equal(expected.Select(c => c.Email), data.GetProperty("customers").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("email").GetString()));
        Assert.Equal(expected.Select(c => c.ContractNumber), data.GetProperty("customers").Nodes().Select(n => n.GetProperty("contractNumber").GetString()));
    }

    [Fact]
    public async Task OneFieldSelectedTwiceReadsTheColumnsOfBothSelections()
    {
        var (data, _) = await RunAsync("""
            { customers(first: 3) { nodes { name lines { msisdn } } } ...More }
            fragment More on Query { customers(first: 3) { nodes { email lines { productType } } } }
            """);

        await using var db = api.CreateDbContext();
        var expected = await db.Customers.OrderBy(c => c.Id).Take(3).Select(c => new { c.Name, c.Email, Lines = c.Lines.Count }).ToListAsync();
        var nodes = data.GetProperty("customers").Nodes();
        Assert.Equal(expected.Select(c => c.Name), nodes.Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(expected.Select(c => c.Email), nodes.Select(n => n.GetProperty("email").GetString()));
        Assert.All(nodes.SelectMany(n => n.GetProperty("lines").EnumerateArray()), l =>
        {
            Assert.False(string.IsNullOrEmpty(l.GetProperty("msisdn").GetString()));
            Assert.False(string.IsNullOrEmpty(l.GetProperty("productType").GetString()));
        });
    }

    [Fact]
    public async Task FilterAndOrderOnColumnsNotSelectedStillApplyAndCursorsStillPage()
    {
        const string Arguments = "first: 4, where: { subtotal: { gt: 0 } }, order: [{ total: DESC }]";
        var (first, sql) = await RunAsync($"{{ invoices({Arguments}) {{ nodes {{ number }} pageInfo {{ endCursor }} }} }}");
        var cursor = first.GetProperty("invoices").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (second, _) = await RunAsync($"{{ invoices({Arguments}, after: \"{cursor}\") {{ nodes {{ number }} }} }}");

        var columns = SelectedColumns.Of(sql, "Invoices");
        Assert.Contains("Number", columns);
        Assert.DoesNotContain("Subtotal", columns);
        Assert.DoesNotContain("Period", columns);
        Assert.DoesNotContain("IssuedAt", columns);
        await using var db = api.CreateDbContext();
        var expected = (await db.Invoices.Where(i => i.Subtotal > 0).Select(i => new { i.Id, i.Number, i.Total }).ToListAsync())
            .OrderByDescending(i => i.Total).ThenBy(i => i.Id).Take(8).Select(i => i.Number).ToList();
        Assert.Equal(expected, first.GetProperty("invoices").Nodes().Concat(second.GetProperty("invoices").Nodes())
            .Select(n => n.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task AComputedFieldSelectsTheColumnsItIsComputedFrom()
    {
        var (data, sql) = await RunAsync("{ invoices(first: 50) { nodes { id status } } }");

        Assert.Equal(["DueDate", "Id", "Status"], SelectedColumns.Of(sql, "Invoices").Order());
        await using var db = api.CreateDbContext();
        var now = DateTime.UtcNow;
        var expected = (await db.Invoices.OrderBy(i => i.Id).Take(50).ToListAsync()).Select(i => i.StatusAt(now).ToString().ToUpperInvariant());
        Assert.Equal(expected, data.GetProperty("invoices").Nodes().Select(n => n.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ANestedListLoadedInBatchesSelectsItsOwnColumnsAndItsParentKey()
    {
        var (data, sql) = await RunAsync("{ customers(first: 5) { nodes { id lines { msisdn } } } }");

        Assert.Equal(2, sql.Count);
        Assert.Equal(["Id"], SelectedColumns.Of(sql, "Customers").Order());
        Assert.Equal(["CustomerId", "Id", "Msisdn"], SelectedColumns.Of(sql, "PhoneLines").Order());
        await using var db = api.CreateDbContext();
        foreach (var customer in data.GetProperty("customers").Nodes())
        {
            var id = customer.GetProperty("id").GetInt32();
            Assert.Equal(await db.PhoneLines.Where(l => l.CustomerId == id).OrderBy(l => l.Id).Select(l => l.Msisdn).ToListAsync(),
                customer.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("msisdn").GetString()));
        }
    }

    [Fact]
    public async Task AOneToOneLoadedInBatchesSelectsItsOwnColumnsAndItsKey()
    {
        var (data, sql) = await RunAsync("{ phoneLines(first: 10) { nodes { msisdn consumption { balance } customer { name } } } }");

        Assert.Equal(["CustomerId", "Id", "Msisdn"], SelectedColumns.Of(sql, "PhoneLines").Order());
        Assert.Equal(["Balance", "Id", "PhoneLineId"], SelectedColumns.Of(sql, "Consumptions").Order());
        Assert.Equal(["Id", "Name"], SelectedColumns.Of(sql, "Customers").Order());
        await using var db = api.CreateDbContext();
        var expected = await db.PhoneLines.OrderBy(l => l.Id).Take(10)
            .Select(l => new { l.Msisdn, Balance = l.Consumption == null ? (decimal?)null : l.Consumption.Balance, l.Customer.Name }).ToListAsync();
        var lines = data.GetProperty("phoneLines").Nodes();
        Assert.Equal(expected.Select(l => l.Name), lines.Select(l => l.GetProperty("customer").GetProperty("name").GetString()));
        Assert.Equal(expected.Select(l => l.Balance), lines.Select(l =>
            l.GetProperty("consumption").ValueKind == JsonValueKind.Null ? (decimal?)null : l.GetProperty("consumption").GetProperty("balance").GetDecimal()));
    }

    [Fact]
    public async Task ALookUpSelectsTheAskedColumnsAndSoDoItsNestedFields()
    {
        await using var db = api.CreateDbContext();
        var customer = await db.Customers.OrderBy(c => c.Id).Skip(2).FirstAsync();

        var (data, sql) = await RunAsync("query($id: Int!) { customer(id: $id) { email lines { productType } } }", new { id = customer.Id });

        Assert.Equal(["Email", "Id"], SelectedColumns.Of(sql, "Customers").Order());
        Assert.Equal(["CustomerId", "Id", "ProductType"], SelectedColumns.Of(sql, "PhoneLines").Order());
        Assert.Equal(customer.Email, data.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal(await db.PhoneLines.CountAsync(l => l.CustomerId == customer.Id), data.GetProperty("customer").GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task TwoSelectionsOfOneNestedFieldEachGetTheirColumns()
    {
        var (data, sql) = await RunAsync("{ customers(first: 3) { nodes { id numbers: lines { msisdn } kinds: lines { productType } } } }");

        var lineStatements = sql.Where(s => SelectedColumns.Reads(s, "PhoneLines")).Select(s => string.Join(",", SelectedColumns.Of(s).Order())).Order().ToList();
        Assert.Equal(["CustomerId,Id,Msisdn", "CustomerId,Id,ProductType"], lineStatements);
        Assert.All(data.GetProperty("customers").Nodes(), c =>
        {
            Assert.All(c.GetProperty("numbers").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("msisdn").GetString())));
            Assert.Equal(c.GetProperty("numbers").GetArrayLength(), c.GetProperty("kinds").GetArrayLength());
        });
    }

    [Fact]
    public async Task ACustomerStillReadsOnlyTheirOwnRowsWhenFewColumnsAreSelected()
    {
        var (data, sql) = await RunAsync("{ customers { nodes { name } } phoneLines { nodes { msisdn } } }", role: Role.Customer);

        Assert.Equal(["Id", "Name"], SelectedColumns.Of(sql, "Customers").Order());
        Assert.Equal("Jesus Jacome", Assert.Single(data.GetProperty("customers").Nodes()).GetProperty("name").GetString(), ignoreCase: true);
        Assert.Contains("0969786985", data.GetProperty("phoneLines").Nodes().Select(n => n.GetProperty("msisdn").GetString()));
        await using var db = api.CreateDbContext();
        var own = await db.Customers.Where(c => c.Name == data.GetProperty("customers").Nodes()[0].GetProperty("name").GetString())
            .SelectMany(c => c.Lines).CountAsync();
        Assert.Equal(own, data.GetProperty("phoneLines").Nodes().Count);
    }

    [Fact]
    public async Task DataPlanFieldsComputedFromColumnsAnswerAsFromWholeRows()
    {
        var (data, sql) = await RunAsync("{ phoneLines(first: 50) { nodes { id dataPlans { remainingBytes usage { category totalBytes } } } } }");

        var columns = SelectedColumns.Of(sql, "DataPlans");
        Assert.DoesNotContain("StartAt", columns);
        Assert.DoesNotContain("IsActive", columns);
        await using var db = api.CreateDbContext();
        var plans = await db.DataPlans.ToListAsync();
        var checkedPlans = 0;
        foreach (var line in data.GetProperty("phoneLines").Nodes())
        {
            var expected = plans.Where(p => p.PhoneLineId == line.GetProperty("id").GetInt32()).OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id).ToList();
            var actual = line.GetProperty("dataPlans").EnumerateArray().ToList();
            Assert.Equal(expected.Select(p => Math.Max(0, p.LimitBytes - p.UsedBytes)), actual.Select(p => p.GetProperty("remainingBytes").GetInt64()));
            Assert.Equal(expected.Select(p => p.SocialBytes + p.EntertainmentBytes + p.SystemUpdatesBytes + p.NavigationSearchBytes),
                actual.Select(p => p.GetProperty("usage").EnumerateArray().Sum(u => u.GetProperty("totalBytes").GetInt64())));
            checkedPlans += expected.Count;
        }
        Assert.True(checkedPlans > 0);
    }
}
