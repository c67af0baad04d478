using GraphQL.Types;

namespace TelcoX.GraphQL.Coupons;

public sealed class CouponStatusGraphType : EnumerationGraphType<CouponStatus>
{
    public CouponStatusGraphType()
    {
        Name = "CouponStatus";
        Description = "ISSUED until USED or CANCELLED; an issued coupon past its expiry reads EXPIRED.";
    }
}
