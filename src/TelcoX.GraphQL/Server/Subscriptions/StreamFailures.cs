using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Server.Subscriptions;

public static class StreamFailures
{
    /// <summary>The engine wraps the bus's error; a lagging subscriber is ended, not reported as a bug.</summary>
    public static bool IsLag(Exception exception) =>
        exception is EventSubscriberLaggedException || exception.InnerException is EventSubscriberLaggedException;
}
