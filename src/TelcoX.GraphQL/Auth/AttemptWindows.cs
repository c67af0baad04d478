using System.Collections.Concurrent;

namespace TelcoX.GraphQL.Auth;

/// <summary>Attempts per key in fixed windows on the app's clock; windows that have ended are dropped now and then.</summary>
public sealed class AttemptWindows(TimeProvider clock, Func<int> limit, Func<TimeSpan> window)
{
    private readonly ConcurrentDictionary<string, Window> windows = new();
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    private sealed record Window(DateTimeOffset Start, int Count);

    /// <summary>Counts one attempt; answers null if it is within the budget, else when the key may try again.</summary>
    public DateTimeOffset? Take(string key)
    {
        var now = clock.GetUtcNow();
        var length = window();
        PruneEnded(now, length);
        var current = windows.AddOrUpdate(key, _ => new Window(now, 1),
            (_, w) => now - w.Start >= length ? new Window(now, 1) : w with { Count = w.Count + 1 });
        return current.Count <= Math.Max(1, limit()) ? null : current.Start + length;
    }

    // Keeps memory bounded by the keys seen in one window, without a timer.
    private void PruneEnded(DateTimeOffset now, TimeSpan length)
    {
        if (now < nextPrune)
            return;
        nextPrune = now + length;
        foreach (var (key, w) in windows)
            if (now - w.Start >= length)
                windows.TryRemove(KeyValuePair.Create(key, w));
    }
}
