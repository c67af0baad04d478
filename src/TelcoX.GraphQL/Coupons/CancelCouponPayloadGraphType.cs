using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

public sealed class CancelCouponPayloadGraphType : PayloadGraphType<CancelCouponPayload>
{
    public CancelCouponPayloadGraphType()
        : base("cancelCoupon", typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType), typeof(ForbiddenErrorGraphType)) =>
        Field<CouponGraphType>("coupon").Description("The coupon, now CANCELLED.").Resolve(context => context.Source.Coupon);
}
