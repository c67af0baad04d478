using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

public sealed class GenerateCouponPayloadGraphType : PayloadGraphType<GenerateCouponPayload>
{
    public GenerateCouponPayloadGraphType()
        : base("generateCoupon", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType),
            typeof(ForbiddenErrorGraphType)) =>
        Field<CouponGraphType>("coupon").Description("The new coupon, ISSUED.").Resolve(context => context.Source.Coupon);
}
