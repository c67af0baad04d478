using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Billing;

/// <summary>Pays an invoice by its number, or by the code of a live coupon for it (one of the two).</summary>
public sealed record PayInvoiceInput(
    [Description("The invoice to pay; or give couponCode.")] string? InvoiceNumber,
    [Description("A live coupon of the invoice to pay; or give invoiceNumber.")] string? CouponCode,
    [Description("Must equal the invoice total exactly.")] decimal Amount,
    PaymentMethod Method);

public sealed record PayInvoicePayload(
    [Description("The invoice, now PAID.")] Invoice? Invoice,
    [Description("The payment recorded.")] Payment? Payment) : Payload;

/// <summary>
/// Look-ups find only the caller's rows (<see cref="OwnedRows"/>), so ownership is settled there, once.
/// Reads decide the message; the conditional UPDATEs decide the race. Of two payments at once only
/// one finds the invoice UNPAID (and only one finds the coupon ISSUED), whatever either one read.
/// </summary>
[Description("Pays an unpaid or overdue invoice in full, directly or with its live coupon.")]
[Authorize(SignedIn)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>, Error<ForbiddenError>]
public sealed class PayInvoice : Mutation<PayInvoiceInput, PayInvoicePayload>
{
    protected override Task<PayInvoicePayload> RunAsync(PayInvoiceInput input, MutationScope scope)
    {
        var byInvoice = !string.IsNullOrEmpty(input.InvoiceNumber);
        if (byInvoice == !string.IsNullOrEmpty(input.CouponCode))
            throw BillingErrors.Invalid("Give either invoiceNumber or couponCode", byInvoice ? "couponCode" : "invoiceNumber");
        return byInvoice ? PayDirectlyAsync(input, scope) : PayWithCouponAsync(input, scope);
    }

    private static async Task<PayInvoicePayload> PayDirectlyAsync(PayInvoiceInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var number = input.InvoiceNumber!;
        var invoice = await db.Invoices.AsNoTracking().OwnedBy(scope.CallerCustomerId).Include(i => i.Customer)
            .SingleOrDefaultAsync(i => i.Number == number, ct) ?? throw BillingErrors.InvoiceNotFound(number);
        CheckPayable(invoice, input, "invoiceNumber");
        await MarkPaidAsync(db, invoice, input.Method, now, "invoiceNumber", ct);
        db.Record(invoice.CustomerId, TransactionKind.Payment, invoice.Total, $"Pago de la factura {number}", number, now);
        return await RecordAsync(db, invoice, null, now, $"Tu factura {number} del periodo {invoice.Period} fue pagada.", ct);
    }

    private static async Task<PayInvoicePayload> PayWithCouponAsync(PayInvoiceInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var code = input.CouponCode!;
        var coupon = await db.Coupons.AsNoTracking().OwnedBy(scope.CallerCustomerId).Include(c => c.Invoice).ThenInclude(i => i.Customer)
            .SingleOrDefaultAsync(c => c.Code == code, ct) ?? throw CouponErrors.NotFound(code);
        var invoice = coupon.Invoice;
        CouponErrors.EnsureLive(coupon, now, "couponCode");
        CheckPayable(invoice, input, "couponCode");

        // The coupon first, then the invoice: every mutation that holds both locks takes them in this order.
        var claimed = await db.Coupons.Where(c => c.Id == coupon.Id && c.StoredStatus == CouponStatus.Issued && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StoredStatus, CouponStatus.Used).SetProperty(c => c.UsedAt, now), ct);
        if (claimed == 0)
            throw CouponErrors.NoLongerLive(code, "couponCode");
        await MarkPaidAsync(db, invoice, input.Method, now, "couponCode", ct);
        db.Record(invoice.CustomerId, TransactionKind.CouponUsed, coupon.Amount, $"Pago con cupón de la factura {invoice.Number}", code, now);
        return await RecordAsync(db, invoice, coupon, now,
            $"Tu factura {invoice.Number} del periodo {invoice.Period} fue pagada con el cupón {code}.", ct);
    }

    private static void CheckPayable(Invoice invoice, PayInvoiceInput input, string field)
    {
        if (invoice.StoredStatus == InvoiceStatus.Paid)
            throw BillingErrors.AlreadyPaid(invoice.Number, field);
        if (input.Amount != invoice.Total)
            throw BillingErrors.WrongAmount(invoice.Total);
    }

    // UNPAID → PAID in one statement; OVERDUE is never stored, so an overdue invoice matches too.
    private static async Task MarkPaidAsync(TelcoDbContext db, Invoice invoice, PaymentMethod method, DateTime now, string field, CancellationToken ct)
    {
        var paid = await db.Invoices.Where(i => i.Id == invoice.Id && i.StoredStatus == InvoiceStatus.Unpaid)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.StoredStatus, InvoiceStatus.Paid)
                .SetProperty(i => i.PaidAt, now).SetProperty(i => i.PaymentMethod, method), ct);
        if (paid == 0)
            throw BillingErrors.AlreadyPaid(invoice.Number, field);
        invoice.StoredStatus = InvoiceStatus.Paid;
        invoice.PaidAt = now;
        invoice.PaymentMethod = method;
    }

    private static async Task<PayInvoicePayload> RecordAsync(TelcoDbContext db, Invoice invoice, Coupon? coupon, DateTime now,
        string message, CancellationToken ct)
    {
        var payment = new Payment { InvoiceId = invoice.Id, CouponId = coupon?.Id, Amount = invoice.Total, Method = invoice.PaymentMethod!.Value, PaidAt = now };
        db.Payments.Add(payment);
        var notifications = await db.NotifyCustomerAsync(invoice.CustomerId, NotificationKind.InvoiceStatus, message, now, ct);
        await db.SaveChangesAsync(ct);
        IDomainEvent[] changed = [new InvoiceStatusChanged(invoice.Customer.ContractNumber, invoice.Number, "PAID")];
        return new PayInvoicePayload(invoice, payment) { Events = [.. changed, .. notifications.Raised()] };
    }
}
