using GraphQL.Types;

namespace TelcoX.GraphQL.Coupons;

public sealed class CancelCouponInputGraphType : InputObjectGraphType<CancelCouponInput>
{
    public CancelCouponInputGraphType()
    {
        Name = "CancelCouponInput";
        Field(i => i.Code).Description("A live (ISSUED, unexpired) coupon.");
    }
}
