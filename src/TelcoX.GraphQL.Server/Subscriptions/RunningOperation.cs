namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>One operation of a connection: its cancellation and, for a subscription, its event stream.</summary>
internal sealed class RunningOperation : IDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource cancellation = new();
    private IDisposable? subscription;
    private bool disposed;

    public CancellationToken Token => cancellation.Token;
    public bool Stopped { get { lock (gate) return disposed; } }

    /// <summary>False when the operation was stopped meanwhile: the caller disposes the subscription.</summary>
    public bool Attach(IDisposable stream)
    {
        lock (gate)
        {
            if (disposed) return false;
            subscription = stream;
            return true;
        }
    }

    /// <summary>Idempotent; returns true the first time only.</summary>
    public bool Stop()
    {
        IDisposable? stream;
        lock (gate)
        {
            if (disposed) return false;
            disposed = true;
            stream = subscription;
            subscription = null;
        }
        cancellation.Cancel();
        stream?.Dispose();
        cancellation.Dispose();
        return true;
    }

    public void Dispose() => Stop();
}
