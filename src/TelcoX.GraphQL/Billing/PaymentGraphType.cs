using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Billing;

public sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Description = "Money received against an invoice, directly or with a coupon.";
        Field(p => p.Id);
        Field(p => p.Amount);
        Field(p => p.Method, type: typeof(NonNullGraphType<PaymentMethodGraphType>));
        Field(p => p.PaidAt);
        Field<NonNullGraphType<InvoiceGraphType>>("invoice").Requires(p => p.InvoiceId)
            .Resolve(c => c.LoadOne(c.Source.InvoiceId, db => db.Invoices, i => i.Id));
        Field<CouponGraphType>("coupon").Description("The coupon paid with, if any.").Requires(p => p.CouponId)
            .Resolve(c => c.Source.CouponId is { } couponId ? c.LoadOne(couponId, db => db.Coupons, coupon => coupon.Id) : null);
    }
}
