using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Jobs;

/// <summary>One batch of a sweep: rows claimed up to id <see cref="LastId"/>, notifications written, events to publish after commit.</summary>
internal sealed record SweepBatch(int LastId, int Rows, int Notifications, IReadOnlyList<IDomainEvent> Events)
{
    public static readonly SweepBatch Empty = new(0, 0, 0, []);

    /// <summary>Some picked rows were claimed or changed by someone else meanwhile: roll back and pick again.</summary>
    public static readonly SweepBatch Contested = new(0, 0, 0, []);
}
