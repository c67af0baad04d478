namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// Several event streams as one (there is no System.Reactive here). OnNext calls are serialised,
/// as observers expect, because each source drains on its own task; it completes when every
/// source has, and the first error ends it.
/// </summary>
public sealed class MergedObservable<T>(params IObservable<T>[] sources) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var merged = new Merger(observer, sources.Length);
        var subscriptions = sources.Select(source => source.Subscribe(merged)).ToList();
        return new Subscriptions(subscriptions);
    }

    private sealed class Merger(IObserver<T> observer, int remaining) : IObserver<T>
    {
        private readonly Lock gate = new();
        private bool stopped;

        public void OnNext(T value)
        {
            lock (gate) if (!stopped) observer.OnNext(value);
        }

        public void OnError(Exception error)
        {
            lock (gate)
            {
                if (stopped) return;
                stopped = true;
                observer.OnError(error);
            }
        }

        public void OnCompleted()
        {
            lock (gate)
            {
                if (stopped || --remaining > 0) return;
                stopped = true;
                observer.OnCompleted();
            }
        }
    }

    private sealed class Subscriptions(List<IDisposable> subscriptions) : IDisposable
    {
        public void Dispose() => subscriptions.ForEach(s => s.Dispose());
    }
}
