using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

public static class CouponMutations
{
    public static void AddCouponMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GenerateCouponPayloadGraphType>>("generateCoupon")
            .Description("Issues a payment coupon for an unpaid invoice: its total, a unique code, an expiry. One live coupon per invoice.")
            .Argument<NonNullGraphType<GenerateCouponInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => CouponIssuing.GenerateAsync(db, context.GetArgument<GenerateCouponInput>("input"), context.CallerCustomerId(), context.UtcNow(), ct),
                () => new GenerateCouponPayload(null),
                payload => context.PublishAsync(payload.Events)));
        mutation.Field<NonNullGraphType<CancelCouponPayloadGraphType>>("cancelCoupon")
            .Description("Cancels a live coupon; a used, expired or cancelled one is refused.")
            .Argument<NonNullGraphType<CancelCouponInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => CouponCancelling.CancelAsync(db, context.GetArgument<CancelCouponInput>("input"), context.CallerCustomerId(), context.UtcNow(), ct),
                () => new CancelCouponPayload(null),
                payload => context.PublishAsync(payload.Events)));
    }
}
