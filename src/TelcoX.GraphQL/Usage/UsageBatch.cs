using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// Many usage events in one transaction, with the same statements whatever their number: find the
/// lines and their active plans, lock those plans by id, read them, read the event ids already stored,
/// then one batched save of every new event, each plan's new counters, its line's consumption data
/// (what the plan has left) and any notifications.
/// </summary>
public static class UsageBatch
{
    /// <summary>
    /// One payload per input, in order; a payload may carry its own error while the rest are stored.
    /// No row scope: each request was authorised before it was queued, and the scope's join to
    /// PhoneLines in a locking statement made MariaDB lock every line (see UsageCounters).
    /// </summary>
    public static async Task<RecordUsageEventPayload[]> ApplyAsync(TelcoDbContext db, IReadOnlyList<RecordUsageEventInput> inputs, DateTime now,
        CancellationToken ct)
    {
        // Read before BEGIN: InnoDB's read view must start after the locks below, or the plans read
        // under them would be this snapshot's values, not the latest committed ones.
        var msisdns = inputs.Select(i => i.Msisdn).Distinct().ToList();
        var found = await (from line in db.PhoneLines.IgnoreQueryFilters()
                           where msisdns.Contains(line.Msisdn)
                           from plan in line.DataPlans.Where(p => p.IsActive).DefaultIfEmpty()
                           select new { line.Id, line.Msisdn, line.CustomerId, PlanId = (int?)plan.Id, ConsumptionId = (int?)line.Consumption!.Id }).ToListAsync(ct);
        var lineIds = found.Select(l => l.Id).Distinct().ToList();
        var planIds = found.Where(l => l.PlanId is not null).Select(l => l.PlanId!.Value).Order().ToList();
        var lines = found.DistinctBy(l => l.Msisdn)
            .ToDictionary(l => l.Msisdn, l => new Customers.PhoneLine { Id = l.Id, Msisdn = l.Msisdn, CustomerId = l.CustomerId });

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Locked by primary key in ascending order, so two batches (or a batch and one event) never
        // wait on each other in opposite orders.
        if (planIds.Count > 0)
            await db.DataPlans.IgnoreQueryFilters().Where(p => planIds.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedBytes, p => p.UsedBytes), ct);
        var plans = await db.DataPlans.IgnoreQueryFilters().Where(p => p.IsActive && lineIds.Contains(p.PhoneLineId)).ToListAsync(ct);
        if (!plans.Select(p => p.Id).Order().SequenceEqual(planIds))
            throw new UsagePlansChangedException(); // a plan was switched on or off meanwhile: the batch is retried

        var eventIds = inputs.Where(i => i.EventId is not null).Select(i => i.EventId!).Distinct().ToList();
        var stored = eventIds.Count == 0 ? [] : await db.UsageEvents.IgnoreQueryFilters().AsNoTracking().Where(e => eventIds.Contains(e.EventId!)).ToListAsync(ct);

        var activePlans = ActivePlanPerLine(plans);
        var sequence = new UsageSequence(db, lines, activePlans, stored, EventIdComparer(db), now);
        var applied = new (RecordUsageEventPayload Payload, IReadOnlyList<Notification> Raised)[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
            applied[i] = await sequence.ApplyAsync(inputs[i], ct);
        var used = inputs.Where((input, i) => applied[i].Payload.Counted).Select(input => lines[input.Msisdn].Id).ToHashSet();
        foreach (var line in found.Where(l => l.ConsumptionId is not null && used.Contains(l.Id)).DistinctBy(l => l.Id))
            FollowPlan(db, line.ConsumptionId!.Value, activePlans[line.Id], now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return [.. applied.Select((a, i) => a.Payload.Counted ? a.Payload.Publishing(inputs[i].Msisdn, a.Raised) : a.Payload)];
    }

    /// <summary>
    /// The consumption's data set to what its plan has left after the batch, as one more UPDATE in the
    /// batch's save: a stub by primary key, so reading the consumption costs no round trip.
    /// </summary>
    private static void FollowPlan(TelcoDbContext db, int consumptionId, DataPlan plan, DateTime now)
    {
        var consumption = new Consumption { Id = consumptionId, PhoneLineId = plan.PhoneLineId };
        var entry = db.Consumptions.Attach(consumption);
        consumption.DataMb = LineDataPlans.RemainingMb(plan);
        consumption.UpdatedAt = now;
        entry.Property(c => c.DataMb).IsModified = true;
        entry.Property(c => c.UpdatedAt).IsModified = true;
    }

    private static Dictionary<int, DataPlan> ActivePlanPerLine(IEnumerable<DataPlan> plans) =>
        plans.GroupBy(p => p.PhoneLineId).ToDictionary(g => g.Key, g => g.LatestStartedFirst().First());

    /// <summary>
    /// MariaDB's column collation folds case, so "A1" repeats "a1" there as its unique index judges it.
    /// Where this guess and the index still disagree the insert fails and the events go one by one.
    /// </summary>
    private static StringComparer EventIdComparer(TelcoDbContext db) =>
        Conventions.QueryDialect.Of(db).BinaryCollation ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}

/// <summary>A line's active plan changed between finding it and locking it; retrying the batch finds the new one.</summary>
public sealed class UsagePlansChangedException() : Exception("A data plan was switched on or off while a usage batch was locking it.");
