using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Plans;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// A line's data allowance follows its plan: a line on a plan with data has one active data plan, for
/// the billing period it is in (it expires when the period ends and the renewal job starts the next).
/// A new one replaces it when the plan changes; the old one stays, inactive, as usage history.
/// </summary>
public static class LineDataPlans
{
    public const long BytesPerMb = 1024 * 1024;

    /// <summary>A data plan for <paramref name="line"/> from now to the period's end, or null when the plan has no data. The caller saves.</summary>
    public static DataPlan? Start(TelcoDbContext db, PhoneLine line, Plan? plan, DateTime now)
    {
        if (plan is not { DataMb: > 0 })
            return null;
        var dataPlan = new DataPlan
        {
            PhoneLine = line, LimitBytes = Bytes(plan.DataMb), StartAt = now, ExpiresAt = BillingPeriod.Of(now).End, IsActive = true,
        };
        db.DataPlans.Add(dataPlan);
        return dataPlan;
    }

    /// <summary>Ends the line's active data plans now (their usage stays) and starts the new plan's.</summary>
    public static async Task<DataPlan?> ReplaceAsync(TelcoDbContext db, PhoneLine line, Plan? plan, DateTime now, CancellationToken ct)
    {
        await db.DataPlans.Where(p => p.PhoneLineId == line.Id && p.IsActive)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false).SetProperty(p => p.ExpiresAt, p => p.ExpiresAt < now ? p.ExpiresAt : now), ct);
        return Start(db, line, plan, now);
    }

    public static long Bytes(decimal megabytes) => (long)decimal.Round(megabytes * BytesPerMb, 0, MidpointRounding.AwayFromZero);

    /// <summary>What is left of a data plan, in MB with two places: what a line's consumption reads as its data.</summary>
    public static decimal RemainingMb(DataPlan plan) =>
        Math.Round(Math.Max(0, plan.LimitBytes - plan.UsedBytes) / (decimal)BytesPerMb, 2);
}
