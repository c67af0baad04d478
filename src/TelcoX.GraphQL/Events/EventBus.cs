namespace TelcoX.GraphQL.Events;

/// <summary>
/// Publishes domain events to live subscribers on this instance and, when Redis is configured, on
/// every other instance. Publish after the transaction commits, so subscribers never see a change
/// that was rolled back. A singleton; one implementation, so no interface.
/// </summary>
public sealed class EventBus
{
    private readonly EventRouter router;
    private readonly RedisEventBackplane? backplane;

    internal EventBus(EventRouter router, RedisEventBackplane? backplane)
    {
        this.router = router;
        this.backplane = backplane;
    }

    /// <summary>
    /// Hands the event to every matching subscriber's queue and to the backplane, and returns
    /// without waiting for either: a slow client or a dead Redis never slows the mutation. The
    /// token is accepted for the usual shape only; there is nothing to wait for, and an event for
    /// a committed change should not be lost to a cancelled request.
    /// </summary>
    public Task PublishAsync(IDomainEvent domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        router.Deliver(domainEvent, backplane is null ? null : backplane.Forward);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Events of one type, for one <paramref name="key"/> (msisdn, product id, contract number,
    /// user id) or for all keys when null, in publication order per key. An observer that falls
    /// more than <see cref="EventOptions.SubscriberQueueCapacity"/> events behind gets OnError with
    /// <see cref="EventSubscriberLaggedException"/>. Dispose the subscription to stop.
    /// </summary>
    public IObservable<TEvent> Subscribe<TEvent>(string? key = null) where TEvent : IDomainEvent =>
        new EventStream<TEvent>(router, key);
}
