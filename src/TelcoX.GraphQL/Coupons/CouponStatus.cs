namespace TelcoX.GraphQL.Coupons;

public enum CouponStatus
{
    Issued,
    Used,
    /// <summary>Never stored: an issued coupon reads EXPIRED once its expiry has passed.</summary>
    Expired,
    Cancelled,
}
