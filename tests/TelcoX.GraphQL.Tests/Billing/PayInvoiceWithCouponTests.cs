using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class PayInvoiceWithCouponTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task PayingWithALiveCouponUsesItAndPaysItsInvoice()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: TestRows.Now.AddDays(-3));
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));

        var payload = await api.MutateAsync(PayInvoiceMutation, new { couponCode = coupon.Code, amount = 28.00m, method = "EFECTIVO" });

        PayloadAssert.Succeeded(payload);
        Assert.Equal("PAID", payload.GetProperty("invoice").GetProperty("status").GetString());
        Assert.Equal(coupon.Code, payload.GetProperty("payment").GetProperty("coupon").GetProperty("code").GetString());
        await using var db = api.CreateDbContext();
        var used = await db.Coupons.SingleAsync(c => c.Id == coupon.Id);
        Assert.Equal(CouponStatus.Used, used.StoredStatus);
        var payment = await db.Payments.SingleAsync(p => p.InvoiceId == rows.Invoice.Id);
        Assert.Equal((payment.PaidAt, coupon.Id), (used.UsedAt, payment.CouponId));
        var transaction = await db.Transactions.SingleAsync(t => t.CustomerId == rows.Customer.Id);
        Assert.Equal((TransactionKind.CouponUsed, 28.00m, coupon.Code), (transaction.Kind, transaction.Amount, transaction.Reference));
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal((NotificationKind.InvoiceStatus, $"Tu factura {rows.Invoice.Number} del periodo 2025-07 fue pagada con el cupón {coupon.Code}."),
            (note.Kind, note.Message));
    }

    [Theory]
    [InlineData(CouponStatus.Used, 5, "has already been used")]
    [InlineData(CouponStatus.Cancelled, 5, "has been cancelled")]
    [InlineData(CouponStatus.Issued, -1, "expired on")]
    public async Task AUsedCancelledOrExpiredCouponIsRefusedAndNothingChanges(CouponStatus stored, int expiresInDays, string reason)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(expiresInDays), stored);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { couponCode = coupon.Code, amount = 28.00m, method = "EFECTIVO" });

        var expected = reason == "expired on" ? $"Coupon {coupon.Code} expired on {CouponErrors.Format(coupon.ExpiresAt)}" : $"Coupon {coupon.Code} {reason}";
        PayloadAssert.SingleError(payload, "ConflictError", expected, "CONFLICT", "couponCode");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ALiveCouponOfAnInvoicePaidMeanwhileIsRefusedAsPaid()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));
        PayloadAssert.Succeeded(await api.MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28m, method = "TARJETA" }));
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { couponCode = coupon.Code, amount = 28m, method = "EFECTIVO" });

        PayloadAssert.SingleError(payload, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "couponCode");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AWrongAmountWithACouponIsRefusedAndTheCouponStaysIssued()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(PayInvoiceMutation, new { couponCode = coupon.Code, amount = 20m, method = "EFECTIVO" });

        PayloadAssert.SingleError(payload, "ValidationError", "The amount must equal the invoice total, 28.00", "BAD_USER_INPUT", "amount");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }
}
