using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Coupons;

public sealed class GenerateCouponTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ACouponForAnUnpaidInvoiceCarriesItsTotalAUniqueCodeAnd30DaysOfValidity()
    {
        var rows = await BillingRows.ArrangeAsync(api, subtotal: 30.00m, tax: 3.60m, discount: 2.00m);
        var before = DateTime.UtcNow;

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });

        PayloadAssert.Succeeded(payload);
        var coupon = payload.GetProperty("coupon");
        var code = coupon.GetProperty("code").GetString()!;
        Assert.Matches(new Regex("^CUP-[A-HJ-NP-Z2-9]{8}$"), code);
        Assert.Equal(31.60m, coupon.GetProperty("amount").GetDecimal());
        Assert.Equal("ISSUED", coupon.GetProperty("status").GetString());
        var expiresAt = coupon.GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime;
        Assert.InRange(expiresAt, before.AddDays(30).AddSeconds(-5), DateTime.UtcNow.AddDays(30).AddSeconds(5));
        await using var db = api.CreateDbContext();
        var transaction = await db.Transactions.SingleAsync(t => t.CustomerId == rows.Customer.Id);
        Assert.Equal((TransactionKind.CouponIssued, 31.60m, code), (transaction.Kind, transaction.Amount, transaction.Reference));
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal(NotificationKind.CouponStatus, note.Kind);
        Assert.Contains(code, note.Message);
    }

    [Fact]
    public async Task AnOverdueInvoiceGetsACouponWithTheGivenExpiry()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: TestRows.Now.AddDays(-5));
        var expiresAt = TestRows.Now.AddDays(7);

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number, expiresAt });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(expiresAt, payload.GetProperty("coupon").GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
    }

    [Fact]
    public async Task ASecondLiveCouponIsRefusedButAnExpiredOrCancelledOneIsReplaced()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var expired = await rows.AddCouponAsync(api, TestRows.Now.AddDays(-1));
        await rows.AddCouponAsync(api, TestRows.Now.AddDays(3), CouponStatus.Cancelled);
        var first = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });
        PayloadAssert.Succeeded(first);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var second = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });

        var live = first.GetProperty("coupon");
        var until = CouponErrors.Format(live.GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
        PayloadAssert.SingleError(second, "ConflictError",
            $"Invoice {rows.Invoice.Number} already has a live coupon, {live.GetProperty("code").GetString()}, valid until {until}", "CONFLICT", "invoiceNumber");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
        Assert.NotEqual(expired.Code, live.GetProperty("code").GetString());
    }

    [Fact]
    public async Task APaidInvoiceGetsNoCoupon()
    {
        var rows = await BillingRows.ArrangeAsync(api, status: InvoiceStatus.Paid);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });

        PayloadAssert.SingleError(payload, "ConflictError", $"Invoice {rows.Invoice.Number} is already paid", "CONFLICT", "invoiceNumber");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData(-1, "The expiry must be in the future")]
    [InlineData(0, "The expiry must be in the future")]
    [InlineData(91, "A coupon is valid for at most 90 days")]
    public async Task AnExpiryInThePastOrTooFarAheadIsRefused(int days, string message)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number, expiresAt = DateTime.UtcNow.AddDays(days) });

        PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", "expiresAt");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnUnknownInvoiceIsNotFound()
    {
        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = "T-NOPE" });

        Snapshots.Match(payload);
    }
}
