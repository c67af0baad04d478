using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Whether a token's user still is what the token says (<see cref="SecurityStamp"/>). Each user's current
/// stamp is read at most once per <see cref="TokenRevocationOptions.StampCacheDuration"/> on this instance,
/// however many requests, operations or fields ask: every instance sees a change within that time.
/// </summary>
public sealed class SecurityStampValidator : IDisposable
{
    private readonly IDbContextFactory<TelcoDbContext> contexts;
    private readonly TimeSpan cacheDuration;
    private readonly MemoryCache cache;
    private readonly Lock gate = new();

    public SecurityStampValidator(IDbContextFactory<TelcoDbContext> contexts, IOptions<TokenRevocationOptions> options, TimeProvider time)
    {
        this.contexts = contexts;
        cacheDuration = options.Value.StampCacheDuration;
        // Its own cache on the one clock, bounded: a flood of distinct users cannot grow it without end.
        cache = new MemoryCache(new MemoryCacheOptions { Clock = new TimeProviderClock(time), SizeLimit = 100_000 });
    }

    /// <summary>True for API keys and anonymous callers; for a user's token, whether its stamp is the row's.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (SecurityStamp.UserIdOf(principal) is not { } userId)
            return true;
        var presented = principal!.FindFirst(SecurityStamp.ClaimType)?.Value;
        return presented is not null && presented == await CurrentAsync(userId).WaitAsync(cancellationToken);
    }

    // One read shared by every concurrent caller of the same user; a failed read is not remembered.
    private Task<string?> CurrentAsync(int userId)
    {
        Task<string?> read;
        lock (gate)
        {
            if (cache.TryGetValue(userId, out Task<string?>? cached) && cached is not null)
                return cached;
            read = ReadAsync(userId);
            cache.Set(userId, read, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = cacheDuration, Size = 1 });
        }
        _ = read.ContinueWith(_ => cache.Remove(userId), CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return read;
    }

    private async Task<string?> ReadAsync(int userId)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Role, u.CustomerId, u.PasswordHash })
            .SingleOrDefaultAsync(CancellationToken.None);
        return row is null ? null : SecurityStamp.Of(row.Role, row.CustomerId, row.PasswordHash);
    }

    public void Dispose() => cache.Dispose();
}
