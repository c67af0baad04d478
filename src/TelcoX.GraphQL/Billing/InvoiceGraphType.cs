using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

public sealed class InvoiceGraphType : ObjectGraphType<Invoice>
{
    public InvoiceGraphType()
    {
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
            .Resolve(c => c.Source.StatusAt(DateTime.UtcNow));
        Field(i => i.PaymentMethod, type: typeof(PaymentMethodGraphType)).Description("How it was paid; null while unpaid.");
        Field(i => i.PaidAt, nullable: true);
        Field(i => i.IssuedAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").ResolveAsync(CustomerAsync);
        Field<StringGraphType>("msisdn").Description("The billed line's msisdn, if the invoice is for one line.").ResolveAsync(MsisdnAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments")
            .Description("Payments recorded against the invoice, oldest first.").ResolveAsync(PaymentsAsync);
    }

    // One query per parent for now; each is a function of its own so a DataLoader can replace it.
    private static Task<object?> CustomerAsync(IResolveFieldContext<Invoice> context) =>
        context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleAsync(c => c.Id == context.Source.CustomerId, ct));

    private static Task<object?> MsisdnAsync(IResolveFieldContext<Invoice> context) =>
        context.Source.PhoneLineId is not { } lineId
            ? Task.FromResult<object?>(null)
            : context.QueryAsync((db, ct) => db.PhoneLines.Where(l => l.Id == lineId).Select(l => l.Msisdn).SingleOrDefaultAsync(ct));

    private static Task<object?> PaymentsAsync(IResolveFieldContext<Invoice> context) =>
        context.QueryAsync((db, ct) => db.Payments.AsNoTracking()
            .Where(p => p.InvoiceId == context.Source.Id).OrderBy(p => p.PaidAt).ThenBy(p => p.Id).ToListAsync(ct));
}
