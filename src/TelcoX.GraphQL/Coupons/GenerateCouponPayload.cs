using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Coupons;

public sealed record GenerateCouponPayload(Coupon? Coupon) : PublishingPayload;
