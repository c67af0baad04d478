using GraphQL.Types;
using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class CouponTestGraphType : ObjectGraphType<Coupon>
{
    public CouponTestGraphType()
    {
        Name = "Coupon";
        Field(c => c.Id);
        Field(c => c.Code);
        Field<NonNullGraphType<EnumerationGraphType<CouponStatus>>>("status").Resolve(context => context.Source.StatusAt(ConventionsSeed.Now));
    }
}
