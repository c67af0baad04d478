using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Coupons;

internal static class CouponCancelling
{
    public static async Task<CancelCouponPayload> CancelAsync(TelcoDbContext db, CancelCouponInput input, int? caller,
        DateTime now, CancellationToken ct)
    {
        var code = input.Code;
        var coupon = await db.Coupons.AsNoTracking().OwnedBy(caller).Include(c => c.Invoice).SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw CouponErrors.NotFound(code);
        CouponErrors.EnsureLive(coupon, now, "code");

        // Conditional, like a payment's claim: a coupon used or expired meanwhile is not cancelled.
        var cancelled = await db.Coupons.Where(c => c.Id == coupon.Id && c.StoredStatus == CouponStatus.Issued && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StoredStatus, CouponStatus.Cancelled), ct);
        if (cancelled == 0)
            throw CouponErrors.NoLongerLive(code, "code");
        coupon.StoredStatus = CouponStatus.Cancelled;

        var notifications = await db.NotifyCustomerAsync(coupon.Invoice.CustomerId, NotificationKind.CouponStatus,
            $"El cupón {code} de tu factura {coupon.Invoice.Number} fue anulado.", now, ct);
        await db.SaveChangesAsync(ct);
        return new CancelCouponPayload(coupon) { Events = [.. notifications.Raised()] };
    }
}
