using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class PayInvoiceTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task PayingMarksThePaidInvoiceAndRecordsPaymentTransactionNotificationAndEvents()
    {
        var rows = await BillingRows.ArrangeAsync(api, subtotal: 30.00m, tax: 3.60m, discount: 2.00m);
        var bus = api.Services.GetRequiredService<EventBus>();
        var changes = new EventRecorder<InvoiceStatusChanged>();
        var raised = new EventRecorder<NotificationRaised>();
        using var _ = bus.Subscribe<InvoiceStatusChanged>(rows.Customer.ContractNumber).Subscribe(changes);
        using var __ = bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(rows.User.Id)).Subscribe(raised);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 31.60m, method = "TARJETA" });

        PayloadAssert.Succeeded(payload);
        var invoice = payload.GetProperty("invoice");
        Assert.Equal("PAID", invoice.GetProperty("status").GetString());
        Assert.Equal("TARJETA", invoice.GetProperty("paymentMethod").GetString());
        Assert.Equal(31.60m, payload.GetProperty("payment").GetProperty("amount").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("payment").GetProperty("coupon").ValueKind);
        await using var db = api.CreateDbContext();
        var stored = await db.Invoices.Include(i => i.Payments).SingleAsync(i => i.Id == rows.Invoice.Id);
        Assert.Equal((InvoiceStatus.Paid, PaymentMethod.Tarjeta), (stored.StoredStatus, stored.PaymentMethod));
        // The payload reports the time it wrote; MariaDB keeps it to the microsecond.
        Assert.Equal(payload.GetProperty("payment").GetProperty("paidAt").GetDateTime(), Assert.NotNull(stored.PaidAt), TimeSpan.FromMicroseconds(1));
        var payment = Assert.Single(stored.Payments);
        Assert.Equal((31.60m, PaymentMethod.Tarjeta, (int?)null, stored.PaidAt), (payment.Amount, payment.Method, payment.CouponId, payment.PaidAt));
        var transaction = await db.Transactions.SingleAsync(t => t.CustomerId == rows.Customer.Id);
        Assert.Equal((TransactionKind.Payment, 31.60m, rows.Invoice.Number), (transaction.Kind, transaction.Amount, transaction.Reference));
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal(NotificationKind.InvoiceStatus, note.Kind);
        Assert.Equal($"Tu factura {rows.Invoice.Number} del periodo 2025-07 fue pagada.", note.Message);
        await changes.WaitForCountAsync(1);
        Assert.Equal(new InvoiceStatusChanged(rows.Customer.ContractNumber, rows.Invoice.Number, "PAID"), Assert.Single(changes.Events));
        await raised.WaitForCountAsync(1);
        Assert.Equal(new NotificationRaised(rows.User.Id, note.Id), Assert.Single(raised.Events));
    }

    [Fact]
    public async Task AnOverdueInvoiceCanBePaidAndThenReadsPaid()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: TestRows.Now.AddDays(-20));

        var payload = await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28m, method = "EFECTIVO" });

        Assert.Equal("PAID", payload.GetProperty("invoice").GetProperty("status").GetString());
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("query($n: String!) { invoice(number: $n) { status } }", new { n = rows.Invoice.Number });
        Assert.Equal("PAID", data.GetProperty("invoice").GetProperty("status").GetString());
    }

    [Fact]
    public async Task PayingTwiceIsAConflictAndChangesNothing()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        PayloadAssert.Succeeded(await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28m, method = "TARJETA" }));
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28m, method = "EFECTIVO" });

        PayloadAssert.SingleError(payload, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "invoiceNumber");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData("27.99")]
    [InlineData("28.01")]
    [InlineData("28.001")]
    [InlineData("0")]
    [InlineData("-28")]
    [InlineData("1E+20")]
    public async Task AnAmountOtherThanTheTotalIsRefusedNamingAmount(string amount)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = decimal.Parse(amount, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), method = "TARJETA" });

        PayloadAssert.SingleError(payload, "ValidationError", "The amount must equal the invoice total, 28.00", "BAD_USER_INPUT", "amount");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task TheTotalWrittenWithTrailingZerosIsTheTotal()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28.000m, method = "MONEDEROS_DIGITALES" });

        PayloadAssert.Succeeded(payload);
    }

    [Fact]
    public async Task UnknownInvoicesAndCouponsAreNotFound()
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        PayloadAssert.SingleError(await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = "T-NOPE", amount = 1m, method = "TARJETA" }),
            "NotFoundError", "Invoice T-NOPE not found", "NOT_FOUND");
        PayloadAssert.SingleError(await api.MutateAsync(PayInvoiceMutation, new { couponCode = "T-NOPE", amount = 1m, method = "TARJETA" }),
            "NotFoundError", "Coupon T-NOPE not found", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnInvoiceNumberOrACouponCodeMustBeGivenButNotBoth()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        PayloadAssert.SingleError(await api.MutateAsync(PayInvoiceMutation, new { amount = 28m, method = "TARJETA" }),
            "ValidationError", "Give either invoiceNumber or couponCode", "BAD_USER_INPUT", "invoiceNumber");
        PayloadAssert.SingleError(await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, couponCode = "X", amount = 28m, method = "TARJETA" }),
            "ValidationError", "Give either invoiceNumber or couponCode", "BAD_USER_INPUT", "couponCode");
    }

    [Theory]
    [InlineData("""{"invoiceNumber":"T-NOPE","amount":1e400,"method":"TARJETA"}""")]
    [InlineData("""{"invoiceNumber":"T-NOPE","amount":"lots","method":"TARJETA"}""")]
    [InlineData("""{"invoiceNumber":"T-NOPE","amount":1,"method":"BITCOIN"}""")]
    [InlineData("""{"invoiceNumber":12,"amount":1,"method":"TARJETA"}""")]
    public async Task MalformedInputIsAGraphQLErrorNeverAServerError(string input)
    {
        var body = "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(PayInvoiceMutation) + ",\"variables\":{\"input\":" + input + "}}";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await api.CreateClient(Role.Admin).PostAsync("/graphql", content);

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}");
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
    }
}
