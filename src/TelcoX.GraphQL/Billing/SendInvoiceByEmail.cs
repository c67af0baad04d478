using System.ComponentModel;
using System.Globalization;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Billing;

public sealed record SendInvoiceByEmailInput(string InvoiceNumber);

public sealed record SendInvoiceByEmailPayload(
    [Description("The EMAIL message recorded for the customer.")] Channel? Channel) : Payload;

/// <summary>Simulated: nothing leaves the server; the e-mail is recorded as the customer's EMAIL channel message.</summary>
[Description("Simulates e-mailing an invoice to its customer: records an EMAIL channel message with its details.")]
[Authorize(SignedIn)]
[Error<NotFoundError>, Error<ConflictError>, Error<ForbiddenError>]
public sealed class SendInvoiceByEmail : Mutation<SendInvoiceByEmailInput, SendInvoiceByEmailPayload>
{
    protected override async Task<SendInvoiceByEmailPayload> RunAsync(SendInvoiceByEmailInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var number = input.InvoiceNumber;
        var invoice = await db.Invoices.AsNoTracking().OwnedBy(scope.CallerCustomerId).Include(i => i.Customer)
            .SingleOrDefaultAsync(i => i.Number == number, ct) ?? throw BillingErrors.InvoiceNotFound(number);
        var email = invoice.Customer.Email;
        if (string.IsNullOrWhiteSpace(email))
            throw new DomainException(new ConflictError($"Customer {invoice.Customer.ContractNumber} has no e-mail address", "invoiceNumber"));

        var channel = new Channel { CustomerId = invoice.CustomerId, Kind = ChannelKind.Email, Content = Content(invoice, email, now), Timestamp = now };
        db.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        return new SendInvoiceByEmailPayload(channel);
    }

    /// <summary>The invoice's details; the address is left out when it would push the text past the column's 255.</summary>
    public static string Content(Invoice invoice, string email, DateTime now)
    {
        var details = string.Create(CultureInfo.InvariantCulture,
            $"Factura {invoice.Number}: periodo {invoice.Period}, total {Money.Format(invoice.Total)}, " +
            $"vence {invoice.DueDate:yyyy-MM-dd}, estado {StatusText(invoice.StatusAt(now))}.");
        var addressed = $"Enviada a {email}. {details}";
        return addressed.Length <= Channel.MaxContentLength ? addressed : details;
    }

    private static string StatusText(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "PAGADA",
        InvoiceStatus.Overdue => "VENCIDA",
        _ => "PENDIENTE",
    };
}
