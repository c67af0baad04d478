namespace TelcoX.GraphQL.Events;

/// <summary>
/// The observable <see cref="EventBus.Subscribe{TEvent}"/> hands out. Each observer that subscribes
/// gets its own queue and drain task, released when it disposes its subscription.
/// </summary>
internal sealed class EventStream<TEvent>(EventRouter router, string? key) : IObservable<TEvent>
    where TEvent : IDomainEvent
{
    public IDisposable Subscribe(IObserver<TEvent> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return router.Add(observer, key);
    }
}
