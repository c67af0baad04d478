using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class InvoiceQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task InvoiceByNumberReturnsMoneyAsDecimalsWithItsLineAndPayments()
    {
        var customer = TestRows.Customer("Test Payer");
        var line = TestRows.Line(customer);
        var invoice = TestRows.Invoice(customer, line, "2025-06", TestRows.Now.AddDays(-3), InvoiceStatus.Paid, 30.00m, 3.60m, 2.00m);
        invoice.PaymentMethod = PaymentMethod.Transferencia;
        invoice.PaidAt = TestRows.Now.AddDays(-4);
        var payment = new Payment { Invoice = invoice, Amount = 31.60m, Method = PaymentMethod.Transferencia, PaidAt = TestRows.Now.AddDays(-4) };
        await api.AddRowsAsync(payment);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync("""
            query($n: String!) {
              invoice(number: $n) {
                number period subtotal tax discount total dueDate status paymentMethod paidAt msisdn
                customer { name } payments { amount method }
              }
            }
            """, new { n = invoice.Number });

        var found = data.GetProperty("invoice");
        Assert.Equal("2025-06", found.GetProperty("period").GetString());
        Assert.Equal(30.00m, found.GetProperty("subtotal").GetDecimal());
        Assert.Equal(3.60m, found.GetProperty("tax").GetDecimal());
        Assert.Equal(2.00m, found.GetProperty("discount").GetDecimal());
        Assert.Equal(31.60m, found.GetProperty("total").GetDecimal());
        Assert.Equal("PAID", found.GetProperty("status").GetString());
        Assert.Equal("TRANSFERENCIA", found.GetProperty("paymentMethod").GetString());
        Assert.Equal(invoice.PaidAt, found.GetProperty("paidAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(line.Msisdn, found.GetProperty("msisdn").GetString());
        Assert.Equal("Test Payer", found.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(31.60m, Assert.Single(found.GetProperty("payments").EnumerateArray()).GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task UnknownInvoiceIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ invoice(number: \"T-NOPE\") { id } }");

        NotFound(response, "invoice", "Invoice T-NOPE not found");
    }

    [Fact]
    public async Task AnUnpaidInvoicePastItsDueDateReadsOverdue()
    {
        var customer = TestRows.Customer();
        var overdue = TestRows.Invoice(customer, null, "2025-04", TestRows.Now.AddDays(-1));
        var due = TestRows.Invoice(customer, null, "2025-05", TestRows.Now.AddDays(1));
        await api.AddRowsAsync(overdue, due);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($c: String!) { invoicesByContract(contractNumber: $c) { period status paymentMethod msisdn } }",
            new { c = customer.ContractNumber });

        var invoices = data.GetProperty("invoicesByContract");
        Assert.Equal(["2025-05", "2025-04"], Strings(invoices, "period"));
        Assert.Equal(["UNPAID", "OVERDUE"], Strings(invoices, "status"));
        Assert.All(invoices.EnumerateArray(), i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("msisdn").ValueKind));
    }

    [Fact]
    public async Task InvoicesOfAContractWithNoneAreAnEmptyList()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($c: String!) { invoicesByContract(contractNumber: $c) { id } }", new { c = customer.ContractNumber });

        Assert.Empty(data.GetProperty("invoicesByContract").EnumerateArray());
    }

    [Fact]
    public async Task InvoicesOfAnUnknownContractIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ invoicesByContract(contractNumber: \"T-NOPE\") { id } }");

        NotFound(response, "invoicesByContract", "Contract T-NOPE not found");
    }

    [Fact]
    public async Task BillingHistoryListsTheLinesInvoicesNewestPeriodFirst()
    {
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        var other = TestRows.Line(customer);
        await api.AddRowsAsync(
            TestRows.Invoice(customer, line, "2025-05", TestRows.Now),
            TestRows.Invoice(customer, line, "2025-07", TestRows.Now),
            TestRows.Invoice(customer, line, "2025-06", TestRows.Now),
            TestRows.Invoice(customer, other, "2025-08", TestRows.Now));

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($m: String!) { billingHistory(msisdn: $m) { period msisdn } }", new { m = line.Msisdn });

        Assert.Equal(["2025-07", "2025-06", "2025-05"], Strings(data.GetProperty("billingHistory"), "period"));
        Assert.All(Strings(data.GetProperty("billingHistory"), "msisdn"), m => Assert.Equal(line.Msisdn, m));
    }

    [Fact]
    public async Task BillingHistoryOfAnUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ billingHistory(msisdn: \"+15550000000000\") { id } }");

        NotFound(response, "billingHistory", "Cliente no encontrado");
    }

    [Fact]
    public async Task InvoicesListsEveryInvoiceById()
    {
        var invoice = TestRows.Invoice(TestRows.Customer(), null, "2025-01", TestRows.Now);
        await api.AddRowsAsync(invoice);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($n: String!) { page: invoices(first: 50) { nodes { id } } mine: invoices(where: { number: { eq: $n } }) { nodes { number } } }",
            new { n = invoice.Number });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([invoice.Number], Strings(data.GetProperty("mine").GetProperty("nodes"), "number"));
    }
}
