using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Billing;

/// <summary>The customer by id or by contract number (one of them); the line by msisdn when the invoice bills one line.</summary>
public sealed record IssueInvoiceInput(
    [Description("The customer's id; or give contractNumber.")] int? CustomerId,
    [Description("The customer's contract number; or give customerId.")] string? ContractNumber,
    [Description("The billed line, one of the customer's; omit for a customer-level invoice.")] string? Msisdn,
    [Description("The billed month, \"YYYY-MM\".")] string Period,
    [Description("Greater than 0, at most two decimal places.")] decimal Subtotal,
    [Description("0 or more.")] decimal Tax,
    [Description("0 or more, at most subtotal + tax."), DefaultValue(typeof(decimal), "0")] decimal? Discount,
    [Description("From the first day of the period, within a year of it.")] DateTime DueDate);

public sealed record IssueInvoicePayload([Description("The new invoice, UNPAID.")] Invoice? Invoice) : Payload;

[Description("Issues a customer's (or one line's) invoice for a month; the total and the number are the server's.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed partial class IssueInvoice : Mutation<IssueInvoiceInput, IssueInvoicePayload>
{
    protected override async Task<IssueInvoicePayload> RunAsync(IssueInvoiceInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        Validate(input);
        var customer = await LockCustomerAsync(db, input, ct);
        int? lineId = null;
        if (input.Msisdn is { } msisdn)
        {
            var line = await db.PhoneLines.AsNoTracking().SingleOrDefaultAsync(l => l.Msisdn == msisdn, ct)
                ?? throw new DomainException(new NotFoundError(CustomerErrors.MsisdnNotFound));
            if (line.CustomerId != customer.Id)
                throw BillingErrors.Invalid($"Line {msisdn} does not belong to customer {customer.ContractNumber}", "msisdn");
            lineId = line.Id;
        }
        var existing = await db.Invoices.Where(i => i.CustomerId == customer.Id && i.PhoneLineId == lineId && i.Period == input.Period)
            .Select(i => i.Number).FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw BillingErrors.Duplicate(customer.ContractNumber, input.Msisdn, input.Period, existing);

        var discount = input.Discount ?? 0m;
        var invoice = new Invoice
        {
            // Unique placeholder until the id is known: the number comes from the id, so concurrent issues never race for one.
            Number = "PENDING-" + Guid.NewGuid().ToString("N")[..24],
            CustomerId = customer.Id,
            PhoneLineId = lineId,
            Period = input.Period,
            Subtotal = input.Subtotal,
            Tax = input.Tax,
            Discount = discount,
            Total = Invoice.TotalOf(input.Subtotal, input.Tax, discount),
            DueDate = input.DueDate.AsUtc(),
            StoredStatus = InvoiceStatus.Unpaid,
            IssuedAt = now,
        };
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(ct);
        invoice.Number = InvoiceMessages.Number(invoice.Period, invoice.Id);
        var notifications = await db.NotifyCustomerAsync(customer.Id, NotificationKind.InvoiceStatus,
            InvoiceMessages.Issued(invoice.Number, invoice.Period, invoice.Total, invoice.DueDate), now, ct);
        await db.SaveChangesAsync(ct);

        IDomainEvent[] changed = [new InvoiceStatusChanged(customer.ContractNumber, invoice.Number, "UNPAID")];
        return new IssueInvoicePayload(invoice) { Events = [.. changed, .. notifications.Raised()] };
    }

    // The first statement takes the customer's row lock: issues for one customer queue here, and
    // MariaDB opens the transaction's snapshot only at the first read after it, so the duplicate
    // check sees every invoice committed before.
    private static async Task<Customer> LockCustomerAsync(TelcoDbContext db, IssueInvoiceInput input, CancellationToken ct)
    {
        var customers = input.CustomerId is { } id
            ? db.Customers.Where(c => c.Id == id)
            : db.Customers.Where(c => c.ContractNumber == input.ContractNumber);
        await customers.ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, c => c.Name), ct);
        return await customers.AsNoTracking().SingleOrDefaultAsync(ct)
            ?? throw (input.CustomerId is { } missing
                ? new DomainException(new NotFoundError(CustomerErrors.UnknownId(missing).Message))
                : BillingErrors.ContractNotFound(input.ContractNumber!));
    }
}
