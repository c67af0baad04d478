using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class NestedConnectionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task CustomerInvoicesPageFilterAndOrderPerCustomer()
    {
        var customer = TestRows.Customer();
        var may = TestRows.Invoice(customer, null, "2025-05", TestRows.Now.AddDays(5), subtotal: 10m);
        var june = TestRows.Invoice(customer, null, "2025-06", TestRows.Now.AddDays(5), subtotal: 30m);
        var july = TestRows.Invoice(customer, null, "2025-07", TestRows.Now.AddDays(5), subtotal: 20m);
        await api.AddRowsAsync(may, june, july);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { customer(id: $id) { " +
            "newest: invoices(first: 2) { totalCount nodes { period } pageInfo { hasNextPage } } " +
            "costly: invoices(where: { total: { gte: 20 } }, order: [{ total: ASC }]) { totalCount nodes { period } } } }",
            new { id = customer.Id });

        var newest = data.GetProperty("customer").GetProperty("newest");
        Assert.Equal(["2025-07", "2025-06"], newest.Nodes().Select(n => n.GetProperty("period").GetString()));
        Assert.Equal(3, newest.GetProperty("totalCount").GetInt32());
        Assert.True(newest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var costly = data.GetProperty("customer").GetProperty("costly");
        Assert.Equal(["2025-07", "2025-06"], costly.Nodes().Select(n => n.GetProperty("period").GetString()));
        Assert.Equal(2, costly.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task InvoiceStatusFiltersAsDerivedSoAnUnpaidInvoicePastItsDueDateIsOverdue()
    {
        var customer = TestRows.Customer();
        var late = TestRows.Invoice(customer, null, "2025-05", TestRows.Now.AddDays(-1));
        var due = TestRows.Invoice(customer, null, "2025-06", TestRows.Now.AddDays(5));
        var paid = TestRows.Invoice(customer, null, "2025-04", TestRows.Now.AddDays(-30), InvoiceStatus.Paid);
        await api.AddRowsAsync(late, due, paid);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { overdue: invoices(where: { customerId: { eq: $id }, status: { eq: OVERDUE } }) { nodes { id status } } " +
            "unpaid: invoices(where: { customerId: { eq: $id }, status: { eq: UNPAID } }) { nodes { id } } }", new { id = customer.Id });

        var overdue = Assert.Single(data.GetProperty("overdue").Nodes());
        Assert.Equal(late.Id, overdue.GetProperty("id").GetInt32());
        Assert.Equal("OVERDUE", overdue.GetProperty("status").GetString());
        Assert.Equal([due.Id], data.GetProperty("unpaid").NodeIds());
    }
}
