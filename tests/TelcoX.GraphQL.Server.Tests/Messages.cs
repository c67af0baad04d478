namespace TelcoX.GraphQL.Server.Tests;

/// <summary>An in-memory event source: what a test publishes reaches every subscription attached at that moment.</summary>
public sealed class Messages : IObservable<string>
{
    private readonly Lock gate = new();
    private IObserver<string>[] observers = [];
    private TaskCompletionSource? firstObserver;

    public IDisposable Subscribe(IObserver<string> observer)
    {
        lock (gate)
        {
            observers = [.. observers, observer];
            firstObserver?.TrySetResult();
            firstObserver = null;
        }
        return new Subscription(this, observer);
    }

    /// <summary>Completes once a subscription listens, so a test publishes only when someone hears it.</summary>
    public Task ObservedAsync()
    {
        lock (gate)
            return observers.Length > 0 ? Task.CompletedTask
                : (firstObserver ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    public void Publish(string message)
    {
        foreach (var observer in Volatile.Read(ref observers)) observer.OnNext(message);
    }

    private void Remove(IObserver<string> observer)
    {
        lock (gate) observers = [.. observers.Where(o => o != observer)];
    }

    private sealed class Subscription(Messages owner, IObserver<string> observer) : IDisposable
    {
        public void Dispose() => owner.Remove(observer);
    }
}
