using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>Totals with both decimals significant survive the whole path: issued, read by the customer, paid with what they read.</summary>
public sealed class InvoiceCentsTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("11.00", "1.34", "0", "12.34")]
    [InlineData("0.04", "0.01", "0", "0.05")]
    [InlineData("10.00", "2.39", "0.05", "12.34")]
    [InlineData("19.99", "2.40", "0.01", "22.38")]
    public async Task ATotalWithTwoSignificantDecimalsIsIssuedReadAndPaidToTheCent(string subtotal, string tax, string discount, string total)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var expected = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);

        var issued = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = rows.Customer.Id, period = "2099-03", dueDate = "2099-04-01T00:00:00Z",
            subtotal = Money(subtotal), tax = Money(tax), discount = Money(discount),
        });
        PayloadAssert.Succeeded(issued);
        var number = issued.GetProperty("invoice").GetProperty("number").GetString()!;
        Assert.Equal(expected, issued.GetProperty("invoice").GetProperty("total").GetDecimal());

        var customer = api.CreateClient(rows.Customer.Id);
        var read = (await customer.QueryDataAsync("query($n: String!) { invoice(number: $n) { total } }", new { n = number }))
            .GetProperty("invoice").GetProperty("total");
        Assert.Equal(expected, read.GetDecimal());

        var paid = await customer.MutateAsync(PayInvoiceMutation, new { invoiceNumber = number, amount = read.GetDecimal(), method = "TARJETA" });

        PayloadAssert.Succeeded(paid);
        Assert.Equal(expected, paid.GetProperty("payment").GetProperty("amount").GetDecimal());
        await using var db = api.CreateDbContext();
        var invoice = await db.Invoices.Include(i => i.Payments).SingleAsync(i => i.Number == number);
        Assert.Equal((expected, InvoiceStatus.Paid), (invoice.Total, invoice.StoredStatus));
        Assert.Equal(expected, Assert.Single(invoice.Payments).Amount);
        Assert.Equal(expected, (await db.Transactions.SingleAsync(t => t.CustomerId == rows.Customer.Id && t.Kind == TransactionKind.Payment)).Amount);
    }

    private static decimal Money(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
