using System.Collections.Concurrent;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Failed sign-ins per (account, client address): past a few, each failure locks that pair for twice as
/// long as the one before. Only the pair is locked: the owner signing in from elsewhere is not.
/// </summary>
public sealed class FailureBackoff(TimeProvider clock, Func<LoginLimitOptions> limits)
{
    private readonly ConcurrentDictionary<(string Account, string Address), Failures> pairs = new();
    private DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset LockedUntil);

    /// <summary>When the pair may try again, or null if it may try now.</summary>
    public DateTimeOffset? LockedUntil(string account, string address)
    {
        var now = clock.GetUtcNow();
        return pairs.TryGetValue((account, address), out var failures) && failures.LockedUntil > now ? failures.LockedUntil : null;
    }

    public void Failed(string account, string address)
    {
        var now = clock.GetUtcNow();
        var options = limits();
        PruneForgotten(now, options.ForgetAfter);
        pairs.AddOrUpdate((account, address), _ => Next(0),
            (_, failures) => Next(now - failures.Last > options.ForgetAfter ? 0 : failures.Count));

        Failures Next(int before)
        {
            var count = before + 1;
            var beyond = count - options.FailuresBeforeBackoff;
            return new Failures(count, now, beyond <= 0 ? now : now + Lock(beyond, options));
        }
    }

    /// <summary>A right password clears this pair only: an attacker elsewhere keeps their own count.</summary>
    public void Succeeded(string account, string address) => pairs.TryRemove((account, address), out _);

    private static TimeSpan Lock(int beyond, LoginLimitOptions options)
    {
        var doubled = options.Backoff.Ticks * Math.Pow(2, Math.Min(beyond - 1, 40));
        return TimeSpan.FromTicks((long)Math.Min(doubled, options.MaxBackoff.Ticks));
    }

    private void PruneForgotten(DateTimeOffset now, TimeSpan forgetAfter)
    {
        if (now < nextPrune)
            return;
        nextPrune = now + TimeSpan.FromMinutes(1);
        foreach (var (key, failures) in pairs)
            if (now - failures.Last > forgetAfter && failures.LockedUntil <= now)
                pairs.TryRemove(KeyValuePair.Create(key, failures));
    }
}
