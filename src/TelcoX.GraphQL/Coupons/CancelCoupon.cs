using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Coupons;

public sealed record CancelCouponInput([Description("A live (ISSUED, unexpired) coupon.")] string Code);

public sealed record CancelCouponPayload([Description("The coupon, now CANCELLED.")] Coupon? Coupon) : Payload;

[Description("Cancels a live coupon; a used, expired or cancelled one is refused.")]
[Authorize(Staff)]
[Error<NotFoundError>, Error<ConflictError>, Error<ForbiddenError>]
public sealed class CancelCoupon : Mutation<CancelCouponInput, CancelCouponPayload>
{
    protected override async Task<CancelCouponPayload> RunAsync(CancelCouponInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var code = input.Code;
        var coupon = await db.Coupons.AsNoTracking().OwnedBy(scope.CallerCustomerId).Include(c => c.Invoice)
            .SingleOrDefaultAsync(c => c.Code == code, ct) ?? throw CouponErrors.NotFound(code);
        CouponErrors.EnsureLive(coupon, now, "code");

        // Conditional, like a payment's claim: a coupon used or expired meanwhile is not cancelled.
        var cancelled = await db.Coupons.Where(c => c.Id == coupon.Id && c.StoredStatus == CouponStatus.Issued && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StoredStatus, CouponStatus.Cancelled), ct);
        if (cancelled == 0)
            throw CouponErrors.NoLongerLive(code, "code");
        coupon.StoredStatus = CouponStatus.Cancelled;

        var notifications = await db.NotifyCustomerAsync(coupon.Invoice.CustomerId, NotificationKind.CouponStatus,
            $"El cupón {code} de tu factura {coupon.Invoice.Number} fue anulado.", now, ct);
        await db.SaveChangesAsync(ct);
        return new CancelCouponPayload(coupon) { Events = [.. notifications.Raised()] };
    }
}
