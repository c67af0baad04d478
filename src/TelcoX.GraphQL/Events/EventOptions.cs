namespace TelcoX.GraphQL.Events;

/// <summary>The "Events" configuration section.</summary>
public sealed class EventOptions
{
    public const string SectionName = "Events";

    /// <summary>Events a subscriber may have waiting before it is disconnected as too slow.</summary>
    public int SubscriberQueueCapacity { get; set; } = 1_000;
}
