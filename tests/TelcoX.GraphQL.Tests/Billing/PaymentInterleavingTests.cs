using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>
/// A payment reads the invoice UNPAID, and another payment lands before its UPDATE: only the UPDATE's
/// "while UNPAID" condition can refuse it. The hook puts the other payment exactly there, every run.
/// </summary>
public sealed class PaymentInterleavingTests(PaymentRaceApiFactory api) : IClassFixture<PaymentRaceApiFactory>
{
    /// <summary>
    /// On SQLite no other writer can run between the read and the write (writers queue at BEGIN
    /// IMMEDIATE), so the other payment's UPDATE is written inside this payment's transaction: it
    /// rolls back with the refusal, and nothing at all is written.
    /// </summary>
    [Fact]
    public async Task AnInvoicePaidBetweenAPaymentsReadAndItsWriteRefusesThatPaymentAndWritesNoPayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        api.BeforeMarkPaid.Arm(rows.Invoice.Id, command => BeforeInvoiceIsMarkedPaid.MarkPaidInSameTransactionAsync(command, rows.Invoice.Id));

        var payload = await PayAsync(rows, "TARJETA");

        PayloadAssert.SingleError(payload, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "invoiceNumber");
        await using var db = api.CreateDbContext();
        Assert.Equal(0, await db.Payments.CountAsync(p => p.InvoiceId == rows.Invoice.Id));
        Assert.Equal(0, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id));
        Assert.Equal(InvoiceStatus.Unpaid, (await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id)).StoredStatus);
    }

    /// <summary>Two real requests: the second pays and commits while the first waits between its read and its write.</summary>
    [MariaDbFact]
    public async Task TwoPaymentsThatBothReadTheInvoiceUnpaidRecordExactlyOnePayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        JsonElement? second = null;
        api.BeforeMarkPaid.Arm(rows.Invoice.Id, async _ => second = await PayAsync(rows, "EFECTIVO"));

        var first = await PayAsync(rows, "TARJETA");

        PayloadAssert.Succeeded(Assert.NotNull(second));
        PayloadAssert.SingleError(first, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "invoiceNumber");
        await using var db = api.CreateDbContext();
        var payment = await db.Payments.SingleAsync(p => p.InvoiceId == rows.Invoice.Id);
        Assert.Equal(PaymentMethod.Efectivo, payment.Method);
        Assert.Equal(1, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id));
        var invoice = await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id);
        Assert.Equal((InvoiceStatus.Paid, PaymentMethod.Efectivo), (invoice.StoredStatus, invoice.PaymentMethod));
    }

    [Fact]
    public async Task PayingAPaidInvoiceAgainIsRefusedAndWritesNoSecondPayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        PayloadAssert.Succeeded(await PayAsync(rows, "TARJETA"));

        var again = await PayAsync(rows, "EFECTIVO");

        PayloadAssert.SingleError(again, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "invoiceNumber");
        await using var db = api.CreateDbContext();
        Assert.Equal(PaymentMethod.Tarjeta, (await db.Payments.SingleAsync(p => p.InvoiceId == rows.Invoice.Id)).Method);
        Assert.Equal(1, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id));
    }

    private Task<JsonElement> PayAsync(BillingRows rows, string method) =>
        api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = rows.Invoice.Total, method });
}
