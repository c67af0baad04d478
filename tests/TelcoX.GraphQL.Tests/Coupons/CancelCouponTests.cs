using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Coupons;

public sealed class CancelCouponTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ALiveCouponIsCancelledAndTheCustomerIsTold()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));

        var payload = await api.MutateAsync(CancelCouponMutation, new { code = coupon.Code });

        PayloadAssert.Succeeded(payload);
        Assert.Equal("CANCELLED", payload.GetProperty("coupon").GetProperty("status").GetString());
        await using var db = api.CreateDbContext();
        Assert.Equal(CouponStatus.Cancelled, (await db.Coupons.SingleAsync(c => c.Id == coupon.Id)).StoredStatus);
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal((NotificationKind.CouponStatus, $"El cupón {coupon.Code} de tu factura {rows.Invoice.Number} fue anulado."), (note.Kind, note.Message));
    }

    [Theory]
    [InlineData(CouponStatus.Used, 5, "has already been used")]
    [InlineData(CouponStatus.Cancelled, 5, "has been cancelled")]
    [InlineData(CouponStatus.Issued, -1, "expired on")]
    public async Task AUsedCancelledOrExpiredCouponCannotBeCancelled(CouponStatus stored, int expiresInDays, string reason)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(expiresInDays), stored);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(CancelCouponMutation, new { code = coupon.Code });

        var expected = reason == "expired on" ? $"Coupon {coupon.Code} expired on {CouponErrors.Format(coupon.ExpiresAt)}" : $"Coupon {coupon.Code} {reason}";
        PayloadAssert.SingleError(payload, "ConflictError", expected, "CONFLICT", "code");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnUnknownCouponIsNotFound()
    {
        var payload = await api.MutateAsync(CancelCouponMutation, new { code = "T-NOPE" });

        PayloadAssert.SingleError(payload, "NotFoundError", "Coupon T-NOPE not found", "NOT_FOUND");
    }
}
