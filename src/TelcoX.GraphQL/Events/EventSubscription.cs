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
    private volatile bool closed;

    public EventRoute Route => route;

    /// <summary>Drains on the thread pool, so no OnNext runs inside the caller's Subscribe.</summary>
    public void Start()
    {
        router.DrainStarted();
        _ = Task.Run(DrainAsync);
    }

    public void Offer(IDomainEvent domainEvent)
    {
        if (closed || queue.Writer.TryWrite((TEvent)domainEvent)) return;
        lagged = new EventSubscriberLaggedException(route.Topic, route.Key, capacity);
        Close();
    }

    public void Complete() => Close();

    /// <summary>Stops delivery at once and unregisters; queued events are dropped.</summary>
    public void Dispose()
    {
        disposed = true;
        Close();
        router.Remove(this);
    }

    private async Task DrainAsync()
    {
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

    private void Close()
    {
        closed = true;
        queue.Writer.TryComplete();
    }

    private bool Stopped => disposed || lagged is not null;
}
