using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Coupons;

public sealed record GenerateCouponInput(
    [Description("An UNPAID or OVERDUE invoice without a live coupon.")] string InvoiceNumber,
    [Description("In the future, at most 90 days ahead; 30 days from now when omitted.")] DateTime? ExpiresAt);

public sealed record GenerateCouponPayload([Description("The new coupon, ISSUED.")] Coupon? Coupon) : Payload;

[Description("Issues a payment coupon for an unpaid invoice: its total, a unique code, an expiry. One live coupon per invoice.")]
[Authorize(SignedIn)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>, Error<ForbiddenError>]
public sealed class GenerateCoupon : Mutation<GenerateCouponInput, GenerateCouponPayload>
{
    // The input's description says 30 and 90 too: keep them in step.
    public const int DefaultValidityDays = 30;
    public const int MaxValidityDays = 90;
    // The demo data's alphabet: no 0/O or 1/I, so a code read aloud or copied by hand survives.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    protected override async Task<GenerateCouponPayload> RunAsync(GenerateCouponInput input, MutationScope scope)
    {
        var (db, now, caller, ct) = (scope.Db, scope.Now, scope.CallerCustomerId, scope.Cancellation);
        var expiresAt = input.ExpiresAt is { } given ? given.AsUtc() : now.AddDays(DefaultValidityDays);
        if (expiresAt <= now)
            throw BillingErrors.Invalid("The expiry must be in the future", "expiresAt");
        if (expiresAt > now.AddDays(MaxValidityDays))
            throw BillingErrors.Invalid($"A coupon is valid for at most {MaxValidityDays} days", "expiresAt");

        // The invoice's row lock comes first: two generations for one invoice queue here, and
        // MariaDB opens the snapshot only at the first read after it, so the live-coupon check
        // below sees a coupon the other one just committed. Someone else's invoice is neither
        // locked nor found: it answers as a number that does not exist.
        var number = input.InvoiceNumber;
        await db.Invoices.OwnedBy(caller).Where(i => i.Number == number).ExecuteUpdateAsync(s => s.SetProperty(i => i.StoredStatus, i => i.StoredStatus), ct);
        var invoice = await db.Invoices.AsNoTracking().OwnedBy(caller).SingleOrDefaultAsync(i => i.Number == number, ct)
            ?? throw BillingErrors.InvoiceNotFound(number);
        if (invoice.StoredStatus == InvoiceStatus.Paid)
            throw BillingErrors.AlreadyPaid(number);
        var live = await db.Coupons.AsNoTracking()
            .Where(c => c.InvoiceId == invoice.Id && c.StoredStatus == CouponStatus.Issued && c.ExpiresAt > now)
            .FirstOrDefaultAsync(ct);
        if (live is not null)
            throw CouponErrors.LiveCouponExists(number, live);

        var coupon = new Coupon
        {
            Code = await NewCodeAsync(db, ct),
            InvoiceId = invoice.Id,
            Amount = invoice.Total,
            IssuedAt = now,
            ExpiresAt = expiresAt,
            StoredStatus = CouponStatus.Issued,
        };
        db.Coupons.Add(coupon);
        db.Record(invoice.CustomerId, TransactionKind.CouponIssued, coupon.Amount, $"Cupón emitido para la factura {number}", coupon.Code, now);
        var notifications = await db.NotifyCustomerAsync(invoice.CustomerId, NotificationKind.CouponStatus,
            $"Se generó el cupón {coupon.Code} por {Money.Format(coupon.Amount)} para tu factura {number}; " +
            $"vence el {expiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", now, ct);
        await db.SaveChangesAsync(ct);
        return new GenerateCouponPayload(coupon) { Events = [.. notifications.Raised()] };
    }

    // 32^8 codes: a clash is rare, and checked rather than left to the unique index's exception.
    private static async Task<string> NewCodeAsync(TelcoDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var code = "CUP-" + RandomNumberGenerator.GetString(Alphabet, 8);
            if (!await db.Coupons.AnyAsync(c => c.Code == code, ct))
                return code;
        }
    }
}
