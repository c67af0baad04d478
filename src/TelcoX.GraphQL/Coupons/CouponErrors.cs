using System.Globalization;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

/// <summary>The messages of the coupon rules, shared by generateCoupon, cancelCoupon and payInvoice.</summary>
public static class CouponErrors
{
    public static DomainException NotFound(string code) => new(new NotFoundError($"Coupon {code} not found"));

    /// <summary>Refuses a coupon that is not live at <paramref name="now"/>, whatever its stored status says.</summary>
    public static void EnsureLive(Coupon coupon, DateTime now, string field)
    {
        var message = coupon.StatusAt(now) switch
        {
            CouponStatus.Used => $"Coupon {coupon.Code} has already been used",
            CouponStatus.Cancelled => $"Coupon {coupon.Code} has been cancelled",
            CouponStatus.Expired => $"Coupon {coupon.Code} expired on {Format(coupon.ExpiresAt)}",
            _ => null,
        };
        if (message is not null)
            throw new DomainException(new ConflictError(message, field));
    }

    /// <summary>Another request used or cancelled it between our read and our write.</summary>
    public static DomainException NoLongerLive(string code, string field) =>
        new(new ConflictError($"Coupon {code} is no longer live", field));

    public static DomainException LiveCouponExists(string invoiceNumber, Coupon live) =>
        new(new ConflictError($"Invoice {invoiceNumber} already has a live coupon, {live.Code}, valid until {Format(live.ExpiresAt)}", "invoiceNumber"));

    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
