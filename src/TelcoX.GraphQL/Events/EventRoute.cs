namespace TelcoX.GraphQL.Events;

/// <summary>Where a subscription listens: one event type, and one key or (null) every key.</summary>
internal readonly record struct EventRoute(Type EventType, string? Key)
{
    public string Topic => EventType.Name;
}
