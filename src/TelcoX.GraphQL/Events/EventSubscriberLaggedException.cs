using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// Ends a subscription whose consumer fell more than its queue's capacity behind. The websocket
/// layer closes the connection on it; the client re-subscribes and reads current state afresh.
/// </summary>
public sealed class EventSubscriberLaggedException(string topic, string? key, int capacity)
    : SubscriberLaggedException($"The subscriber to {topic}{(key is null ? "" : $" for '{key}'")} fell more than {capacity} events behind and was disconnected.")
{
    public string Topic { get; } = topic;
    public string? Key { get; } = key;
    public int Capacity { get; } = capacity;
}
