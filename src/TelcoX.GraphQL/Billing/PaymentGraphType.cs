using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

public sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        var invoiceById = BatchedRows.By(db => db.Invoices, i => i.Id);
        var couponById = BatchedRows.By(db => db.Coupons, coupon => coupon.Id);
        Name = "Payment";
        Description = "Money received against an invoice, directly or with a coupon.";
        Field(p => p.Id);
        Field(p => p.Amount);
        Field(p => p.Method, type: typeof(NonNullGraphType<PaymentMethodGraphType>));
        Field(p => p.PaidAt);
        Field<NonNullGraphType<InvoiceGraphType>>("invoice").Requires(p => p.InvoiceId)
            .Resolve(c => invoiceById.One(c, c.Source.InvoiceId));
        Field<CouponGraphType>("coupon").Description("The coupon paid with, if any.").Requires(p => p.CouponId)
            .Resolve(c => c.Source.CouponId is { } couponId ? couponById.One(c, couponId) : null);
    }
}
