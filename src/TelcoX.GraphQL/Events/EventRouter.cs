using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// This instance's subscriptions, by route. Fan-out happens under one lock: it only enqueues, so
/// the lock is held for microseconds, and it makes every subscriber of a key see that key's events
/// in the same order whichever threads published them.
/// </summary>
internal sealed class EventRouter(IOptions<EventOptions> options, ILogger<EventRouter> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<EventRoute, List<IEventSink>> routes = [];
    private int subscriptions;
    private int runningDrains;

    public int SubscriptionCount => Volatile.Read(ref subscriptions);
    public int RouteCount { get { lock (gate) return routes.Count; } }
    public int RunningDrains => Volatile.Read(ref runningDrains);

    public IDisposable Add<TEvent>(IObserver<TEvent> observer, string? key) where TEvent : IDomainEvent
    {
        var route = new EventRoute(typeof(TEvent), key);
        var subscription = new EventSubscription<TEvent>(observer, this, route, options.Value.SubscriberQueueCapacity);
        lock (gate)
        {
            if (!routes.TryGetValue(route, out var sinks)) routes[route] = sinks = [];
            sinks.Add(subscription);
            subscriptions++;
        }
        subscription.Start();
        return subscription;
    }

    /// <summary>Idempotent: both Dispose and the end of the drain call it.</summary>
    public void Remove<TEvent>(EventSubscription<TEvent> subscription) where TEvent : IDomainEvent
    {
        lock (gate)
        {
            if (!routes.TryGetValue(subscription.Route, out var sinks) || !sinks.Remove(subscription)) return;
            if (sinks.Count == 0) routes.Remove(subscription.Route);
            subscriptions--;
        }
    }

    /// <summary>Offers the event to its key's and its type's catch-all subscribers, then runs
    /// <paramref name="forward"/> under the same lock so other instances get the same order.</summary>
    public void Deliver(IDomainEvent domainEvent, Action<IDomainEvent>? forward = null)
    {
        var type = domainEvent.GetType();
        lock (gate)
        {
            if (routes.TryGetValue(new EventRoute(type, domainEvent.Key), out var keyed))
                foreach (var sink in keyed) sink.Offer(domainEvent);
            if (routes.TryGetValue(new EventRoute(type, null), out var all))
                foreach (var sink in all) sink.Offer(domainEvent);
            forward?.Invoke(domainEvent);
        }
    }

    public void DrainStarted() => Interlocked.Increment(ref runningDrains);
    public void DrainEnded() => Interlocked.Decrement(ref runningDrains);

    public void ObserverFailed(EventRoute route, Exception ex) =>
        logger.LogError(ex, "A subscriber to {Topic} ({Key}) threw and was dropped", route.Topic, route.Key ?? "all");

    /// <summary>On shutdown: subscribers get what is queued, then OnCompleted.</summary>
    public void Dispose()
    {
        lock (gate)
            foreach (var sink in routes.Values.SelectMany(s => s)) sink.Complete();
    }
}
