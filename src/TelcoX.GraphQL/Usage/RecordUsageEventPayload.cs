using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

/// <summary><c>Counted</c> is false when the event id had been counted before: the answer is then the current snapshot.</summary>
public sealed record RecordUsageEventPayload(DataPlan? DataPlan, UsageEvent? UsageEvent, bool Counted, string? Msisdn) : Payload
{
    /// <summary>Stored with the change; published once it commits.</summary>
    public IReadOnlyList<Notification> Raised { get; init; } = [];
}
