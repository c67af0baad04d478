using GraphQL;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// The subscriptions running on this instance, by <see cref="SubscriptionKey"/>: a subscriber whose
/// key is already running attaches to that execution instead of starting its own, so 1,000 subscribers
/// of one line cost one execution and one serialisation per event (bench P6). The last one to leave
/// releases the execution and its bus subscription.
/// </summary>
public sealed class SharedSubscriptions(ResultSerializer serializer, RealtimeConnections counters, ILogger<SharedSubscriptions> logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<SubscriptionKey, SharedStream> streams = [];

    /// <summary>
    /// Attaches <paramref name="subscriber"/> to the execution running for <paramref name="key"/>, or makes
    /// <paramref name="stream"/> (just executed for this subscriber, not yet subscribed) that execution.
    /// It receives only events after this call. Dispose the result to leave.
    /// </summary>
    public IDisposable Attach(SubscriptionKey key, IObservable<ExecutionResult> stream, IObserver<ReadOnlyMemory<byte>> subscriber)
    {
        SharedStream shared;
        lock (gate)
        {
            if (streams.TryGetValue(key, out var running) && running.TryAdd(subscriber))
                return Attached(running, subscriber);
            shared = new SharedStream(key, this, serializer, logger);
            shared.TryAdd(subscriber);
            streams[key] = shared;
        }
        counters.SharedStreamStarted();
        shared.Start(stream);
        return Attached(shared, subscriber);
    }

    // Counted only once it receives events (its stream started, its bus subscription made): whoever
    // reads the count, a test waiting to publish or a diagnostic, may rely on what it says.
    private Attachment Attached(SharedStream shared, IObserver<ReadOnlyMemory<byte>> subscriber)
    {
        counters.SubscriberAttached();
        return new Attachment(this, shared, subscriber);
    }

    private void Detach(SharedStream shared, IObserver<ReadOnlyMemory<byte>> subscriber)
    {
        counters.SubscriberDetached();
        if (shared.Remove(subscriber)) Ended(shared);
    }

    /// <summary>The stream ended by itself (error or completion) or lost its last subscriber.</summary>
    internal void Ended(SharedStream shared)
    {
        lock (gate)
            if (streams.TryGetValue(shared.Key, out var current) && current == shared) streams.Remove(shared.Key);
        counters.SharedStreamEnded(); // once per stream: only its first ending calls this
    }

    private sealed class Attachment(SharedSubscriptions owner, SharedStream shared, IObserver<ReadOnlyMemory<byte>> subscriber) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Detach(shared, subscriber);
        }
    }
}
