using System.Diagnostics;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>An observer that keeps what it is told, and lets a test await a condition on it.</summary>
public sealed class EventRecorder<TEvent> : IObserver<TEvent>
{
    private readonly Lock gate = new();
    private readonly List<TEvent> events = [];

    public Exception? Error { get; private set; }
    public bool Completed { get; private set; }

    public IReadOnlyList<TEvent> Events { get { lock (gate) return [.. events]; } }

    public void OnNext(TEvent value) { lock (gate) events.Add(value); }
    public void OnError(Exception error) => Error = error;
    public void OnCompleted() => Completed = true;

    public Task WaitForCountAsync(int count, int timeoutMs = 5_000) =>
        WaitUntilAsync(() => Events.Count >= count, $"{count} events (have {Events.Count})", timeoutMs);

    /// <summary>Polls instead of sleeping a fixed time: fast when it holds, bounded when it never does.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 5_000)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"Waited {timeoutMs} ms for {what}.");
            await Task.Delay(10);
        }
    }
}
