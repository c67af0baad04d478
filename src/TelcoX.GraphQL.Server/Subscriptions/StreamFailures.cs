namespace TelcoX.GraphQL.Server.Subscriptions;

public static class StreamFailures
{
    /// <summary>The engine wraps the source's error; a lagging subscriber is ended, not reported as a bug.</summary>
    public static bool IsLag(Exception exception) =>
        exception is SubscriberLaggedException || exception.InnerException is SubscriberLaggedException;
}
