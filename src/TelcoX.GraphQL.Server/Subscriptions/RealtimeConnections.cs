namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>Counts what the realtime transports hold open, so leaks show (tests, diagnostics).</summary>
public sealed class RealtimeConnections
{
    private int connections;
    private int operations;
    private int sharedStreams;
    private int streamSubscribers;

    public int Connections => Volatile.Read(ref connections);
    public int Operations => Volatile.Read(ref operations);

    /// <summary>Subscription executions running, each shared by every subscriber of the same operation and caller.</summary>
    public int SharedStreams => Volatile.Read(ref sharedStreams);

    /// <summary>Subscribers attached to those executions; this over <see cref="SharedStreams"/> is how much is shared.</summary>
    public int StreamSubscribers => Volatile.Read(ref streamSubscribers);

    public void ConnectionOpened() => Interlocked.Increment(ref connections);
    public void ConnectionClosed() => Interlocked.Decrement(ref connections);
    public void OperationStarted() => Interlocked.Increment(ref operations);
    public void OperationEnded() => Interlocked.Decrement(ref operations);
    public void SharedStreamStarted() => Interlocked.Increment(ref sharedStreams);
    public void SharedStreamEnded() => Interlocked.Decrement(ref sharedStreams);
    public void SubscriberAttached() => Interlocked.Increment(ref streamSubscribers);
    public void SubscriberDetached() => Interlocked.Decrement(ref streamSubscribers);
}
