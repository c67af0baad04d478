using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Coupons;

public sealed class CouponGraphType : ObjectGraphType<Coupon>
{
    public CouponGraphType()
    {
        var invoiceById = BatchedRows.By(db => db.Invoices, i => i.Id);
        Name = "Coupon";
        Description = "A payment coupon (\"cuponera\") issued for one unpaid invoice.";
        Field(c => c.Id);
        Field(c => c.Code).Description("Unique code the customer pays with.");
        Field(c => c.Amount);
        Field(c => c.IssuedAt);
        Field(c => c.ExpiresAt);
        Field<NonNullGraphType<CouponStatusGraphType>>("status")
            .Description("ISSUED, USED, CANCELLED, or EXPIRED once an issued coupon's expiry has passed.")
            .Requires(c => c.StoredStatus, c => c.ExpiresAt)
            .Resolve(c => c.Source.StatusAt(RequestClock.Now(c)));
        Field(c => c.UsedAt, nullable: true);
        Field<NonNullGraphType<InvoiceGraphType>>("invoice").Requires(c => c.InvoiceId)
            .Resolve(c => invoiceById.One(c, c.Source.InvoiceId));
    }
}
