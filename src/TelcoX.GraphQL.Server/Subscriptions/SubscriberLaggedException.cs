namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// What an event source ends a subscription with when its subscriber fell too far behind: the websocket
/// protocols close with 1013 (try again later), so the client re-subscribes and reads current state afresh.
/// </summary>
public abstract class SubscriberLaggedException(string message) : Exception(message);
