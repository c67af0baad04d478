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

        Assert.True(Succeeded(payload), payload.ToString());
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

        Assert.True(Succeeded(payload), payload.ToString());
        Assert.Equal(expiresAt, payload.GetProperty("coupon").GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
    }

    [Fact]
    public async Task ASecondLiveCouponIsRefusedButAnExpiredOrCancelledOneIsReplaced()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var expired = await rows.AddCouponAsync(api, TestRows.Now.AddDays(-1));
        await rows.AddCouponAsync(api, TestRows.Now.AddDays(3), CouponStatus.Cancelled);
        var first = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });
        Assert.True(Succeeded(first), first.ToString());
        var before = await api.SnapshotAsync();

        var second = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });

        var live = first.GetProperty("coupon");
        var until = CouponErrors.Format(live.GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
        AssertError(second, "ConflictError", "CONFLICT",
            $"Invoice {rows.Invoice.Number} already has a live coupon, {live.GetProperty("code").GetString()}, valid until {until}", "invoiceNumber");
        Assert.Equal(before, await api.SnapshotAsync());
        Assert.NotEqual(expired.Code, live.GetProperty("code").GetString());
    }

    [Fact]
    public async Task APaidInvoiceGetsNoCoupon()
    {
        var rows = await BillingRows.ArrangeAsync(api, status: InvoiceStatus.Paid);
        var before = await api.SnapshotAsync();

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number });

        AssertError(payload, "ConflictError", "CONFLICT", $"Invoice {rows.Invoice.Number} is already paid", "invoiceNumber");
        Assert.Equal(before, await api.SnapshotAsync());
    }

    [Theory]
    [InlineData(-1, "The expiry must be in the future")]
    [InlineData(0, "The expiry must be in the future")]
    [InlineData(91, "A coupon is valid for at most 90 days")]
    public async Task AnExpiryInThePastOrTooFarAheadIsRefused(int days, string message)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var before = await api.SnapshotAsync();

        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number, expiresAt = DateTime.UtcNow.AddDays(days) });

        AssertError(payload, "ValidationError", "BAD_USER_INPUT", message, "expiresAt");
        Assert.Equal(before, await api.SnapshotAsync());
    }

    [Fact]
    public async Task AnUnknownInvoiceIsNotFound()
    {
        var payload = await api.MutateAsync(GenerateCouponMutation, new { invoiceNumber = "T-NOPE" });

        AssertError(payload, "NotFoundError", "NOT_FOUND", "Invoice T-NOPE not found");
    }
}
