using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// Tells each customer once that an issued coupon expired unused (it reads EXPIRED from then on),
/// and records the expiry in the customer's transaction history.
/// </summary>
public sealed class ExpiredCouponsJob(IDbContextFactory<TelcoDbContext> factory, EventBus events, IOptionsMonitor<JobsOptions> options)
    : ScheduledJob
{
    public override string Name => "ExpiredCoupons";
    public override TimeSpan DefaultInterval => TimeSpan.FromSeconds(30);

    public override async Task<JobResult> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var size = options.CurrentValue.BatchSize;
        var (coupons, notifications) = await Sweeps.RunAsync(factory, events, (db, afterId, ct) => NextBatchAsync(db, now, afterId, size, ct), cancellationToken);
        return new JobResult(coupons, $"Coupons now expired: {coupons}; notifications sent: {notifications}.");
    }

    private static async Task<SweepBatch> NextBatchAsync(TelcoDbContext db, DateTime now, int afterId, int size, CancellationToken ct)
    {
        var expired = await Unannounced(db, now).Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(size)
            .Select(c => new { c.Id, c.Code, c.Amount, c.ExpiresAt, c.Invoice.Number, c.Invoice.CustomerId })
            .ToListAsync(ct);
        if (expired.Count == 0)
            return SweepBatch.Empty;

        var ids = expired.Select(c => c.Id).ToList();
        var claimed = await Unannounced(db, now).Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiryNotifiedAt, now), ct);
        if (claimed != ids.Count)
            return SweepBatch.Contested;

        foreach (var coupon in expired)
            db.Record(coupon.CustomerId, TransactionKind.CouponExpired, coupon.Amount, $"Cupón vencido de la factura {coupon.Number}",
                coupon.Code, coupon.ExpiresAt);
        var notifications = await db.NotifyCustomersAsync(
            [.. expired.Select(c => (c.CustomerId, Message(c.Code, c.Number, c.ExpiresAt)))], NotificationKind.CouponStatus, now, ct);
        await db.SaveChangesAsync(ct);
        return new SweepBatch(ids[^1], expired.Count, notifications.Count, [.. notifications.Raised()]);
    }

    // Coupon.Status's EXPIRED, not announced yet.
    private static IQueryable<Coupon> Unannounced(TelcoDbContext db, DateTime now) =>
        db.Coupons.Where(c => c.ExpiryNotifiedAt == null).Where(DerivedStatus.Is(Coupon.Status, CouponStatus.Expired, now));

    private static string Message(string code, string invoiceNumber, DateTime expiresAt) =>
        $"El cupón {code} de tu factura {invoiceNumber} venció el " +
        $"{expiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} sin ser usado.";
}
