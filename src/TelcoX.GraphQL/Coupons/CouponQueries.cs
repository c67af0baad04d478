using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Coupons;

public static class CouponQueries
{
    public static void AddCouponQueries(this ObjectGraphType query)
    {
        query.Field<CouponGraphType>("coupon")
            .Description("One coupon, by code.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(CouponAsync);
        query.Connection<CouponGraphType, Coupon>("coupons", db => db.Coupons)
            .Description = "Coupons, filtered, sorted and paged; by id unless ordered. status filters as derived (EXPIRED).";
    }

    private static Task<object?> CouponAsync(IResolveFieldContext<object?> context)
    {
        var code = context.GetArgument<string>("code");
        return context.OneOrNotFoundAsync(db => db.Coupons.Where(c => c.Code == code), $"Coupon {code} not found");
    }
}
