using System.Globalization;
using System.Security.Claims;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Keeps a long-lived connection (websocket, event stream) honest about its credentials: calls
/// <c>revoked</c> once, at the token's expiry or at the first periodic re-check that finds its user's
/// stamp changed. Timers come from the one <see cref="TimeProvider"/>; it stops with the connection.
/// </summary>
public sealed class CredentialWatch : IDisposable
{
    // System.Threading timers take at most ~49 days; a token that lives longer is re-armed by nobody and that is fine.
    private static readonly TimeSpan LongestDue = TimeSpan.FromDays(30);
    private readonly ClaimsPrincipal user;
    private readonly SecurityStampValidator stamps;
    private readonly Func<Task> revoked;
    private readonly ILogger logger;
    private readonly CancellationToken aborted;
    private readonly ITimer? expiry;
    private readonly ITimer? recheck;
    private readonly CancellationTokenRegistration stop;
    private int fired;
    private int checking;

    public CredentialWatch(ClaimsPrincipal user, SecurityStampValidator stamps, TimeProvider time, TimeSpan recheckInterval,
        Func<Task> revoked, ILogger logger, CancellationToken aborted)
    {
        (this.user, this.stamps, this.revoked, this.logger, this.aborted) = (user, stamps, revoked, logger, aborted);
        if (ExpiresAt(user) is { } expiresAt)
        {
            var due = expiresAt - time.GetUtcNow();
            expiry = time.CreateTimer(_ => Revoke(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due > LongestDue ? LongestDue : due, Timeout.InfiniteTimeSpan);
        }
        if (SecurityStamp.UserIdOf(user) is not null)
            recheck = time.CreateTimer(_ => _ = RecheckAsync(), null, recheckInterval, recheckInterval);
        stop = aborted.Register(Dispose);
    }

    /// <summary>When the token stops being valid, from its <c>exp</c> claim; null for API keys and anonymous callers.</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal? user) =>
        user?.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private async Task RecheckAsync()
    {
        if (Interlocked.Exchange(ref checking, 1) != 0) return; // the previous check still waits for the database
        try
        {
            if (!await stamps.IsCurrentAsync(user, aborted)) Revoke();
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The database is unreachable: keep the connection and ask again at the next tick.
            logger.LogWarning(exception, "Could not re-check a connection's token");
        }
        finally
        {
            Volatile.Write(ref checking, 0);
        }
    }

    private void Revoke()
    {
        if (Interlocked.Exchange(ref fired, 1) != 0 || aborted.IsCancellationRequested) return;
        Dispose();
        _ = revoked();
    }

    public void Dispose()
    {
        expiry?.Dispose();
        recheck?.Dispose();
        stop.Dispose();
    }
}
