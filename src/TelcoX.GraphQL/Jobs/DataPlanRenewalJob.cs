using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// When a line's data plan ends with its billing period, the next period's starts — full again — if the
/// line's plan still includes data; otherwise it lapses. The ended one stays as usage history, and the
/// line's consumption reads the new plan's data (or none).
/// </summary>
public sealed class DataPlanRenewalJob(IDbContextFactory<TelcoDbContext> factory, EventBus events) : ScheduledJob
{
    private const int BatchSize = 500;

    public override string Name => "DataPlanRenewal";
    public override TimeSpan DefaultInterval => TimeSpan.FromSeconds(30);

    public override async Task<JobResult> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var (ended, _) = await Sweeps.RunAsync(factory, events, (db, afterId, ct) => NextBatchAsync(db, now, afterId, ct), cancellationToken);
        return new JobResult(ended, $"Data plans ended: {ended}.");
    }

    private static async Task<SweepBatch> NextBatchAsync(TelcoDbContext db, DateTime now, int afterId, CancellationToken ct)
    {
        var ended = await Ended(db, now).Where(p => p.Id > afterId).OrderBy(p => p.Id).Take(BatchSize)
            .Select(p => new { p.Id, p.PhoneLineId, p.ExpiresAt, p.PhoneLine.Msisdn, p.PhoneLine.Plan }).ToListAsync(ct);
        if (ended.Count == 0)
            return SweepBatch.Empty;
        var ids = ended.Select(p => p.Id).ToList();
        if (await Ended(db, now).Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false), ct) != ids.Count)
            return SweepBatch.Contested;

        var lineIds = ended.Select(p => p.PhoneLineId).ToList();
        var lines = await db.PhoneLines.Include(l => l.Consumption).Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        foreach (var plan in ended)
        {
            var line = lines[plan.PhoneLineId];
            // The next period follows the one that ended; after a long stop, the current one.
            var start = plan.ExpiresAt > BillingPeriod.Of(now).Start ? plan.ExpiresAt : BillingPeriod.Of(now).Start;
            var renewed = LineDataPlans.Start(db, line, plan.Plan, start);
            if (line.Consumption is { } consumption)
            {
                consumption.DataMb = renewed is null ? 0m : LineDataPlans.RemainingMb(renewed);
                consumption.UpdatedAt = now;
            }
        }
        await db.SaveChangesAsync(ct);
        IEnumerable<IDomainEvent> changed = ended.SelectMany(p => new IDomainEvent[] { new UsageUpdated(p.Msisdn), new ConsumptionChanged(p.Msisdn) });
        return new SweepBatch(ids[^1], ended.Count, 0, [.. changed]);
    }

    private static IQueryable<DataPlan> Ended(TelcoDbContext db, DateTime now) =>
        db.DataPlans.Where(p => p.IsActive && p.ExpiresAt <= now);
}
