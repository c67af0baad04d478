using System.ComponentModel;
using GraphQL;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Usage;

/// <summary>A data usage event. <c>EventId</c> is the client's idempotency key: the same id twice counts once.</summary>
public sealed record RecordUsageEventInput(
    string Msisdn,
    UsageCategory Category,
    // The limits are UsageRecording.MaxBytes and MaxEventIdLength, which an attribute cannot format.
    [Description("At least 1, at most 1099511627776 (1 TiB) per event.")] long Bytes,
    [Description("Idempotency key, at most 100 characters: an id already counted adds nothing.")] string? EventId);

/// <summary><c>Counted</c> is false when the event id had been counted before: the answer is then the current snapshot.</summary>
public sealed record RecordUsageEventPayload(
    [Description("The active data plan after the event, with usage by category.")] DataPlan? DataPlan,
    [Description("The stored event; for a repeated event id, the one first counted.")] UsageEvent? UsageEvent,
    [Description("False when this event id had already been counted, so nothing was added.")] bool Counted) : Payload;

[Description("Adds bytes to a category of the line's active data plan; an eventId already counted adds nothing.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed class RecordUsageEvent : Mutation<RecordUsageEventInput, RecordUsageEventPayload>
{
    /// <summary>
    /// Not one transaction per call: the event is queued and written with whatever else is queued (group
    /// commit, <see cref="UsageEventBatcher"/>), which publishes each payload's events after its commit.
    /// </summary>
    protected override async Task<RecordUsageEventPayload> ExecuteAsync(RecordUsageEventInput input, IResolveFieldContext context)
    {
        try
        {
            return await context.RequestServices!.GetRequiredService<UsageEventBatcher>().RecordAsync(input, context.CancellationToken);
        }
        catch (DomainException exception)
        {
            return Failed() with { Errors = [exception.Error] };
        }
    }

    /// <summary>The rule for one event alone: the batcher applies it this way when a whole batch cannot commit.</summary>
    protected override Task<RecordUsageEventPayload> RunAsync(RecordUsageEventInput input, MutationScope scope) =>
        UsageRecording.RecordAsync(scope.Db, input, scope.Now, scope.Cancellation);
}
