using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Coupons;

public sealed class CouponGraphType : ObjectGraphType<Coupon>
{
    public CouponGraphType()
    {
        Name = "Coupon";
        Description = "A payment coupon (\"cuponera\") issued for one unpaid invoice.";
        Field(c => c.Id);
        Field(c => c.Code).Description("Unique code the customer pays with.");
        Field(c => c.Amount);
        Field(c => c.IssuedAt);
        Field(c => c.ExpiresAt);
        Field<NonNullGraphType<CouponStatusGraphType>>("status")
            .Description("ISSUED, USED, CANCELLED, or EXPIRED once an issued coupon's expiry has passed.")
            .Resolve(c => c.Source.StatusAt(DateTime.UtcNow));
        Field(c => c.UsedAt, nullable: true);
        Field<NonNullGraphType<InvoiceGraphType>>("invoice").ResolveAsync(InvoiceAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> InvoiceAsync(IResolveFieldContext<Coupon> context) =>
        context.QueryAsync((db, ct) => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == context.Source.InvoiceId, ct));
}
