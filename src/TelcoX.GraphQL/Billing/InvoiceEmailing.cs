using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Billing;

/// <summary>Simulated: nothing leaves the server; the e-mail is recorded as the customer's EMAIL channel message.</summary>
internal static class InvoiceEmailing
{
    public static async Task<SendInvoiceByEmailPayload> SendAsync(TelcoDbContext db, SendInvoiceByEmailInput input, int? caller,
        DateTime now, CancellationToken ct)
    {
        var number = input.InvoiceNumber;
        var invoice = await db.Invoices.AsNoTracking().OwnedBy(caller).Include(i => i.Customer).SingleOrDefaultAsync(i => i.Number == number, ct)
            ?? throw BillingErrors.InvoiceNotFound(number);
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
        return addressed.Length <= ChannelMutations.MaxContentLength ? addressed : details;
    }

    private static string StatusText(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "PAGADA",
        InvoiceStatus.Overdue => "VENCIDA",
        _ => "PENDIENTE",
    };
}
