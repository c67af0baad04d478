using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

public sealed class InvoiceGraphType : ObjectGraphType<Invoice>
{
    public InvoiceGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, customer => customer.Id);
        var phoneLineById = BatchedRows.By(db => db.PhoneLines, l => l.Id);
        var paymentsByInvoiceId = BatchedRows.By(db => db.Payments.OrderBy(p => p.PaidAt).ThenBy(p => p.Id), p => p.InvoiceId);
        Name = "Invoice";
        Description = "A monthly invoice of a customer, optionally for one line.";
        Field(i => i.Id);
        Field(i => i.Number).Description("Unique invoice number.");
        Field(i => i.Period).Description("The billed month, \"YYYY-MM\".");
        Field(i => i.Subtotal);
        Field(i => i.Tax);
        Field(i => i.Discount);
        Field(i => i.Total).Description("subtotal + tax − discount.");
        Field(i => i.DueDate);
        Field<NonNullGraphType<InvoiceStatusGraphType>>("status")
            .Description("UNPAID, PAID, or OVERDUE once the due date has passed unpaid.")
            .Requires(i => i.StoredStatus, i => i.DueDate)
            .Resolve(c => c.Source.StatusAt(RequestClock.Now(c)));
        Field(i => i.PaymentMethod, type: typeof(PaymentMethodGraphType)).Description("How it was paid; null while unpaid.");
        Field(i => i.PaidAt, nullable: true);
        Field(i => i.IssuedAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").Requires(i => i.CustomerId)
            .Resolve(c => customerById.One(c, c.Source.CustomerId));
        Field<StringGraphType>("msisdn").Description("The billed line's msisdn, if the invoice is for one line.").Requires(i => i.PhoneLineId)
            .Resolve(c => c.Source.PhoneLineId is { } lineId
                ? new MappedDataLoaderResult<PhoneLine?, string?>(phoneLineById.One(c, lineId), line => line?.Msisdn)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments")
            .Description("Payments recorded against the invoice, oldest first.").Requires(i => i.Id)
            .Resolve(c => paymentsByInvoiceId.Many(c, c.Source.Id));
    }
}
