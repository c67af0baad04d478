using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Data;

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
        Field<NonNullGraphType<InvoiceGraphType>>("invoice").ResolveAsync(InvoiceAsync);
        Field<CouponGraphType>("coupon").Description("The coupon paid with, if any.").ResolveAsync(CouponAsync);
    }

    // One query per parent for now; each is a function of its own so a DataLoader can replace it.
    private static Task<object?> InvoiceAsync(IResolveFieldContext<Payment> context) =>
        context.QueryAsync((db, ct) => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == context.Source.InvoiceId, ct));

    private static Task<object?> CouponAsync(IResolveFieldContext<Payment> context) =>
        context.Source.CouponId is not { } couponId
            ? Task.FromResult<object?>(null)
            : context.QueryAsync((db, ct) => db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Id == couponId, ct));
}
