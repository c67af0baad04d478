using GraphQL;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// One subscription's execution shared by every subscriber with the same <see cref="SubscriptionKey"/>:
/// each event is executed and serialised once, and the same UTF-8 payload goes to every subscriber
/// attached at that moment, in the source's order. An error or the end of the source reaches them all.
/// </summary>
internal sealed class SharedStream(SubscriptionKey key, SharedSubscriptions owner, ResultSerializer serializer, ILogger logger) : IObserver<ExecutionResult>
{
    private readonly Lock gate = new();
    private IObserver<ReadOnlyMemory<byte>>[] subscribers = [];
    private IDisposable? source;
    private bool ended;

    public SubscriptionKey Key => key;

    /// <summary>False once the stream has ended or its last subscriber left: the caller starts a new one.</summary>
    public bool TryAdd(IObserver<ReadOnlyMemory<byte>> subscriber)
    {
        lock (gate)
        {
            if (ended) return false;
            subscribers = [.. subscribers, subscriber];
            return true;
        }
    }

    /// <summary>True when that was the last subscriber: the stream has ended and released its source.</summary>
    public bool Remove(IObserver<ReadOnlyMemory<byte>> subscriber)
    {
        IDisposable? release;
        lock (gate)
        {
            if (ended || Array.IndexOf(subscribers, subscriber) < 0) return false;
            subscribers = [.. subscribers.Where(s => s != subscriber)];
            if (subscribers.Length > 0) return false;
            ended = true;
            release = source;
            source = null;
        }
        release?.Dispose();
        return true;
    }

    /// <summary>Subscribes to the execution's stream; if everyone left meanwhile, lets go of it at once.</summary>
    public void Start(IObservable<ExecutionResult> stream)
    {
        IDisposable subscription;
        try
        {
            subscription = stream.Subscribe(this);
        }
        catch (Exception exception)
        {
            OnError(exception); // everyone attached meanwhile hears it, and the key is free again
            return;
        }
        lock (gate)
        {
            if (!ended)
            {
                source = subscription;
                return;
            }
        }
        subscription.Dispose();
    }

    public void OnNext(ExecutionResult value)
    {
        var current = Volatile.Read(ref subscribers);
        if (current.Length == 0) return;
        ReadOnlyMemory<byte> payload = serializer.Serialize(value);
        foreach (var subscriber in current)
        {
            try
            {
                subscriber.OnNext(payload);
            }
            catch (Exception exception)
            {
                // One subscriber's failure must not stall the stream the others share.
                logger.LogError(exception, "A subscriber of a shared subscription failed to take an event");
            }
        }
    }

    public void OnError(Exception error)
    {
        foreach (var subscriber in End()) subscriber.OnError(error);
    }

    public void OnCompleted()
    {
        foreach (var subscriber in End()) subscriber.OnCompleted();
    }

    private IObserver<ReadOnlyMemory<byte>>[] End()
    {
        IObserver<ReadOnlyMemory<byte>>[] last;
        lock (gate)
        {
            if (ended) return [];
            ended = true;
            last = subscribers;
            subscribers = [];
            source = null; // the source has finished: nothing to dispose
        }
        owner.Ended(this);
        return last;
    }
}
