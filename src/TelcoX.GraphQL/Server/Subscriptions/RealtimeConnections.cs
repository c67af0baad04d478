namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>Counts what the realtime transports hold open, so leaks show (tests, diagnostics).</summary>
public sealed class RealtimeConnections
{
    private int connections;
    private int operations;

    public int Connections => Volatile.Read(ref connections);
    public int Operations => Volatile.Read(ref operations);

    public void ConnectionOpened() => Interlocked.Increment(ref connections);
    public void ConnectionClosed() => Interlocked.Decrement(ref connections);
    public void OperationStarted() => Interlocked.Increment(ref operations);
    public void OperationEnded() => Interlocked.Decrement(ref operations);
}
