using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

public static class UsageRecording
{
    /// <summary>1 TiB: far above any real event, and far enough below long.MaxValue that counters cannot overflow.</summary>
    public const long MaxBytes = 1L << 40;
    public const int MaxEventIdLength = 100;

    /// <summary>
    /// A usage event in a transaction of its own: the path <see cref="UsageEventBatcher"/> falls
    /// back to when a whole batch cannot commit. Order matters: (1) lock the active plan row, so concurrent events on a
    /// line queue here instead of deadlocking on InnoDB's foreign-key share lock that (2) inserting the
    /// event takes; (2) insert the event, which the unique index on EventId refuses for an id already
    /// counted; only then (3) add the bytes in one atomic UPDATE, and (4) set the line's consumption data to what the plan has left.
    /// </summary>
    public static async Task<RecordUsageEventPayload> RecordAsync(TelcoDbContext db, RecordUsageEventInput input, DateTime now, CancellationToken ct)
    {
        Validate(input);
        var plan = await UsagePlanLock.LockActivePlanAsync(db, input.Msisdn, ct);
        // Under the plan lock a repeat on this line is seen here, which spares the database a failing
        // insert (and the log an error); the unique index below stays the guarantee across lines.
        if (input.EventId is not null && await db.UsageEvents.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.EventId == input.EventId, ct) is { } earlier)
            return Repeated(plan, earlier, input);
        if (plan.UsedBytes > long.MaxValue - input.Bytes)
            throw new DomainException(Overflow());

        var usage = new UsageEvent
        {
            PhoneLineId = plan.PhoneLineId, DataPlanId = plan.Id, Category = input.Category,
            Bytes = input.Bytes, EventId = input.EventId, OccurredAt = now,
        };
        db.UsageEvents.Add(usage);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (input.EventId is not null && exception.IsUniqueViolation("UsageEvents", "EventId"))
        {
            // Already counted: the database is the one judge, so two requests racing with one id cannot both count.
            db.ChangeTracker.Clear();
            return Repeated(plan, await db.UsageEvents.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.EventId == input.EventId, ct), input);
        }

        await UsageCounters.AddAsync(db, plan.Id, input.Category, input.Bytes, ct);
        var after = plan.Snapshot(); // the row is locked: what it holds now is what was read plus these bytes, no read-back needed
        UsageCounters.AddTo(after, input.Category, input.Bytes);
        await ConsumptionData.FollowPlanAsync(db, after, now, ct);
        var raised = await UsageAlerts.DataPlanLowAsync(db, after.PhoneLine, after, input.Bytes, now, ct);
        await db.SaveChangesAsync(ct);
        return new RecordUsageEventPayload(after, usage, true).Publishing(input.Msisdn, raised);
    }

    /// <summary>The checks that need no database: done before an event is queued.</summary>
    public static void Validate(RecordUsageEventInput input)
    {
        if (input.Bytes is < 1 or > MaxBytes)
            throw new DomainException(new ValidationError($"bytes must be between 1 and {MaxBytes}", "bytes"));
        if (input.EventId is not null && (string.IsNullOrWhiteSpace(input.EventId) || input.EventId.Length > MaxEventIdLength))
            throw new DomainException(new ValidationError($"eventId must be 1 to {MaxEventIdLength} characters, not blank", "eventId"));
    }

    /// <summary>An event id is global: one already used on another line is a conflict, not a repeat.</summary>
    private static RecordUsageEventPayload Repeated(DataPlan plan, UsageEvent earlier, RecordUsageEventInput input) =>
        earlier.PhoneLineId == plan.PhoneLineId
            ? new RecordUsageEventPayload(plan, earlier, false)
            : throw new DomainException(EventIdTaken(input.EventId!));

    /// <summary>
    /// What a counted event tells subscribers once it commits: the line's usage changed, then the
    /// notifications it raised. Made after the save, which gives those notifications their ids.
    /// </summary>
    internal static RecordUsageEventPayload Publishing(this RecordUsageEventPayload payload, string msisdn, IEnumerable<Notification> raised) =>
        payload with { Events = [new UsageUpdated(msisdn), .. raised.Raised()] };

    internal static ValidationError Overflow() => new("bytes would overflow this data plan's counters", "bytes");

    internal static ConflictError EventIdTaken(string eventId) => new($"eventId {eventId} was already used for another line", "eventId");
}
