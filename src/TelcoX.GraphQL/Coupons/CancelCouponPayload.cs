using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

public sealed record CancelCouponPayload(Coupon? Coupon) : PublishingPayload;
