using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// A batch's events applied one after another to the locked plans held in memory, with the rules of
/// <see cref="UsageRecording.RecordAsync"/>: each answer is the plan right after its own event, and an
/// error stops only its own event. New events and notifications are added to the context for one save,
/// stamped with the batch's one <c>now</c>.
/// </summary>
internal sealed class UsageSequence(TelcoDbContext db, Dictionary<string, PhoneLine> lines, Dictionary<int, DataPlan> activePlans,
    IEnumerable<UsageEvent> stored, StringComparer eventIdComparer, DateTime now)
{
    // Every event id seen so far, stored before or added by this batch: a repeat counts once.
    private readonly Dictionary<string, UsageEvent> byEventId = stored.DistinctBy(e => e.EventId, eventIdComparer)
        .ToDictionary(e => e.EventId!, eventIdComparer);

    /// <summary>The event's payload, and the notifications it raised: their ids, which its events need, come with the save.</summary>
    public async Task<(RecordUsageEventPayload Payload, IReadOnlyList<Notification> Raised)> ApplyAsync(RecordUsageEventInput input, CancellationToken ct)
    {
        if (!lines.TryGetValue(input.Msisdn, out var line))
            return Failed(new NotFoundError(CustomerErrors.MsisdnNotFound));
        if (!activePlans.TryGetValue(line.Id, out var plan))
            return Failed(new NotFoundError(UsageErrors.ActiveDataPlanNotFound));
        if (input.EventId is not null && byEventId.TryGetValue(input.EventId, out var earlier))
            return earlier.PhoneLineId == line.Id
                ? (new RecordUsageEventPayload(plan.Snapshot(), earlier, false), [])
                : Failed(UsageRecording.EventIdTaken(input.EventId));
        if (plan.UsedBytes > long.MaxValue - input.Bytes)
            return Failed(UsageRecording.Overflow());

        var usage = new UsageEvent
        {
            PhoneLineId = line.Id, DataPlanId = plan.Id, Category = input.Category,
            Bytes = input.Bytes, EventId = input.EventId, OccurredAt = now,
        };
        db.UsageEvents.Add(usage);
        if (input.EventId is not null)
            byEventId[input.EventId] = usage;
        UsageCounters.AddTo(plan, input.Category, input.Bytes); // tracked: the save writes each plan's final counters once
        var raised = await UsageAlerts.DataPlanLowAsync(db, line, plan, input.Bytes, now, ct);
        return (new RecordUsageEventPayload(plan.Snapshot(), usage, true), raised);
    }

    private static (RecordUsageEventPayload, IReadOnlyList<Notification>) Failed(DomainError error) =>
        (new RecordUsageEventPayload(null, null, false) { Errors = [error] }, []);
}
