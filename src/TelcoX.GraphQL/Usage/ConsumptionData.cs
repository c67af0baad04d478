using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// For a line with an active data plan, its consumption's DataMb is that plan's remaining MB
/// (<see cref="LineDataPlans.RemainingMb"/>): the writes that keep the two equal, in the caller's transaction.
/// </summary>
public static class ConsumptionData
{
    /// <summary>
    /// Locks the active plans of one line, or of every line, before the consumptions are locked: usage
    /// events lock a plan and then write its consumption, so every writer takes the two in that order.
    /// </summary>
    public static Task<int> LockActivePlansAsync(TelcoDbContext db, string? msisdn, CancellationToken ct)
    {
        var plans = db.DataPlans.IgnoreQueryFilters().Where(p => p.IsActive);
        if (msisdn is not null)
            plans = plans.Where(p => p.PhoneLine.Msisdn == msisdn);
        return plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedBytes, p => p.UsedBytes), ct);
    }

    /// <summary>The active plan of each of these lines, tracked (read after <see cref="LockActivePlansAsync"/>), by line id.</summary>
    public static async Task<Dictionary<int, DataPlan>> ActivePlansAsync(TelcoDbContext db, IReadOnlyCollection<int> lineIds, CancellationToken ct)
    {
        var plans = await db.DataPlans.IgnoreQueryFilters().Where(p => p.IsActive && lineIds.Contains(p.PhoneLineId)).ToListAsync(ct);
        return plans.GroupBy(p => p.PhoneLineId).ToDictionary(g => g.Key, g => g.LatestStartedFirst().First());
    }

    /// <summary>The used bytes that leave exactly <paramref name="remainingMb"/> (two places) of the plan.</summary>
    public static long UsedBytesLeaving(DataPlan plan, decimal remainingMb) => plan.LimitBytes - LineDataPlans.Bytes(remainingMb);

    /// <summary>The largest data a line on this plan can hold, in MB.</summary>
    public static decimal LimitMb(DataPlan plan) => plan.LimitBytes / (decimal)LineDataPlans.BytesPerMb;

    /// <summary>One UPDATE: the plan's line's consumption reads what the plan, as held here, has left.</summary>
    public static Task<int> FollowPlanAsync(TelcoDbContext db, DataPlan plan, DateTime now, CancellationToken ct)
    {
        var remaining = LineDataPlans.RemainingMb(plan);
        return db.Consumptions.IgnoreQueryFilters().Where(c => c.PhoneLineId == plan.PhoneLineId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DataMb, remaining).SetProperty(c => c.UpdatedAt, now), ct);
    }
}
