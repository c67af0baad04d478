using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Jobs;

/// <summary>One batch of a sweep: rows claimed, notifications written, events to publish after commit.</summary>
internal sealed record SweepBatch(int Rows, int Notifications, IReadOnlyList<IDomainEvent> Events)
{
    public static readonly SweepBatch Empty = new(0, 0, []);

    /// <summary>Some picked rows were claimed or changed by someone else meanwhile: roll back and pick again.</summary>
    public static readonly SweepBatch Contested = new(-1, 0, []);
}
