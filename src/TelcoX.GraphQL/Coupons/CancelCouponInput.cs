namespace TelcoX.GraphQL.Coupons;

public sealed record CancelCouponInput(string Code);
