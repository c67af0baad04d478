using System.Threading.Channels;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// One observer's bounded queue and the task that drains it, so a slow consumer only ever delays
/// itself: publishers just try to enqueue, and a full queue ends this subscription with an error.
/// </summary>
internal sealed class EventSubscription<TEvent>(IObserver<TEvent> observer, EventRouter router, EventRoute route, int capacity)
    : IEventSink, IDisposable where TEvent : IDomainEvent
{
    private readonly Channel<TEvent> queue = Channel.CreateBounded<TEvent>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails rather than dropping silently
        AllowSynchronousContinuations = false, // the drain never runs on the publisher's thread
    });
    private volatile Exception? lagged;
    private volatile bool disposed;

    public EventRoute Route => route;

    public void Start() => _ = DrainAsync();

    public void Offer(IDomainEvent domainEvent)
    {
        if (queue.Writer.TryWrite((TEvent)domainEvent) || lagged is not null || disposed) return;
        lagged = new EventSubscriberLaggedException(route.Topic, route.Key, capacity);
        queue.Writer.TryComplete();
    }

    public void Complete() => queue.Writer.TryComplete();

    /// <summary>Stops delivery at once and unregisters; queued events are dropped.</summary>
    public void Dispose()
    {
        disposed = true;
        queue.Writer.TryComplete();
        router.Remove(this);
    }

    private async Task DrainAsync()
    {
        router.DrainStarted();
        try
        {
            var reader = queue.Reader;
            while (!Stopped && await reader.WaitToReadAsync().ConfigureAwait(false))
                while (!Stopped && reader.TryRead(out var domainEvent))
                    observer.OnNext(domainEvent);

            // After Dispose the observer hears nothing more, as IObservable requires.
            if (disposed) return;
            if (lagged is { } reason) observer.OnError(reason);
            else observer.OnCompleted();
        }
        catch (Exception ex)
        {
            // The observer itself threw: it cannot be trusted with OnError, so log and let go.
            router.ObserverFailed(route, ex);
        }
        finally
        {
            router.Remove(this);
            router.DrainEnded();
        }
    }

    private bool Stopped => disposed || lagged is not null;
}
