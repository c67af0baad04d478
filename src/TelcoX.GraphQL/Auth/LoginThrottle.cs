using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Login attempts per client address and per account, in fixed windows, in memory (per instance):
/// enough to make password guessing slow. A refusal is a GraphQL error coded <c>RATE_LIMITED</c>.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    public const string Code = "RATE_LIMITED";
    private readonly PartitionedRateLimiter<string> clients;
    private readonly PartitionedRateLimiter<string> accounts;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        var limits = options.Value.LoginLimits;
        clients = Create(limits.PerClient, limits.Window);
        accounts = Create(limits.PerAccount, limits.Window);
    }

    /// <summary>Takes one attempt from both budgets, or throws when either is spent.</summary>
    public void Acquire(string? clientAddress, string account)
    {
        using var client = clients.AttemptAcquire(clientAddress ?? "unknown");
        using var forAccount = accounts.AttemptAcquire(account);
        if (!client.IsAcquired || !forAccount.IsAcquired)
            throw new ExecutionError("Too many sign-in attempts; try again later") { Code = Code };
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        clients.Dispose();
        accounts.Dispose();
    }
}
