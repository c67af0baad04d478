using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

/// <summary>The example queries against the demo data, checked against the rows read directly.</summary>
public sealed class FilterExampleTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task InvoicesFilterByTheirCustomersNameContainingA()
    {
        await using var db = api.CreateDbContext();
        var expected = (await db.Invoices.Select(i => new { i.Id, i.Customer.Name }).ToListAsync())
            .Where(i => i.Name.Contains('a', StringComparison.Ordinal)).Select(i => i.Id).Order().ToList();

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "{ invoices(first: 50, where: { customer: { name: { contains: \"a\" } } }) { totalCount nodes { id } } }");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, data.GetProperty("invoices").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(50), data.GetProperty("invoices").NodeIds());
    }

    [Fact]
    public async Task CustomersFilterBySomeLineWhoseMsisdnStartsWith593()
    {
        await using var db = api.CreateDbContext();
        var expected = (await db.Customers.Select(c => new { c.Id, Msisdns = c.Lines.Select(l => l.Msisdn).ToList() }).ToListAsync())
            .Where(c => c.Msisdns.Any(m => m.StartsWith("593", StringComparison.Ordinal))).Select(c => c.Id).Order().ToList();

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "{ customers(first: 50, where: { lines: { some: { msisdn: { startsWith: \"593\" } } } }) { totalCount nodes { id lines { msisdn } } } }");

        Assert.Contains(data.GetProperty("customers").Nodes(), c => c.GetProperty("lines").EnumerateArray()
            .Any(l => l.GetProperty("msisdn").GetString() == "593988877766"));
        Assert.Equal(expected, data.GetProperty("customers").NodeIds());
        Assert.Equal(expected.Count, data.GetProperty("customers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task IcontainsIgnoresCaseOnBothDatabases()
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "{ exact: customers(where: { name: { contains: \"JESUS\" } }) { nodes { name } } " +
            "folded: customers(where: { name: { icontains: \"JESUS JAC\" } }) { nodes { name } } }");

        Assert.Empty(data.GetProperty("exact").Nodes());
        Assert.Equal("Jesus Jacome", Assert.Single(data.GetProperty("folded").Nodes()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task InvoicesOrderByCustomerNameThenTotalDescending()
    {
        var tag = "Test Order " + TestRows.Unique();
        var bruno = TestRows.Customer(tag + " B");
        var ana = TestRows.Customer(tag + " A");
        var small = TestRows.Invoice(ana, null, "2025-01", TestRows.Now, subtotal: 10m);
        var large = TestRows.Invoice(ana, null, "2025-02", TestRows.Now, subtotal: 90m);
        var middle = TestRows.Invoice(bruno, null, "2025-01", TestRows.Now, subtotal: 50m);
        await api.AddRowsAsync(small, middle, large);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($tag: String!) { invoices(where: { customer: { name: { startsWith: $tag } } }, " +
            "order: [{ customer: { name: ASC } }, { total: DESC }]) { nodes { id total customer { name } } } }", new { tag });

        Assert.Equal([large.Id, small.Id, middle.Id], data.GetProperty("invoices").NodeIds());
    }
}
