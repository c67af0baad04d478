using GraphQL;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Slows password guessing without handing strangers a way to lock the owner out: failures back off per
/// (account, client address), and each address has a budget of attempts across accounts. In memory, per
/// instance. There is deliberately no account-wide lock: anyone could trip it for any account.
/// A refusal is a GraphQL error coded <c>RATE_LIMITED</c> that says when to try again.
/// </summary>
public sealed class LoginThrottle
{
    public const string Code = "RATE_LIMITED";
    private readonly TimeProvider clock;
    private readonly AttemptWindows logins;
    private readonly AttemptWindows registrations;
    private readonly FailureBackoff failures;

    public LoginThrottle(IOptions<AuthOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        var limits = options.Value.LoginLimits;
        logins = new AttemptWindows(clock, () => limits.PerClient, () => limits.Window);
        registrations = new AttemptWindows(clock, () => limits.RegisterPerClient, () => limits.Window);
        failures = new FailureBackoff(clock, () => limits);
    }

    /// <summary>
    /// Lets a sign-in through, or throws. The attempt counts as a failure until <see cref="Succeeded"/>
    /// says otherwise, so that a burst of concurrent guesses cannot all slip past the backoff.
    /// </summary>
    public void BeginSignIn(string? clientAddress, string account)
    {
        var address = clientAddress ?? "unknown";
        if (failures.LockedUntil(account, address) is { } locked)
            throw Refused("Too many failed sign-ins for this account from your address", locked);
        if (logins.Take(address) is { } windowEnds)
            throw Refused("Too many sign-in attempts from your address", windowEnds);
        failures.Failed(account, address);
    }

    public void Succeeded(string? clientAddress, string account) => failures.Succeeded(account, clientAddress ?? "unknown");

    public void BeginRegistration(string? clientAddress)
    {
        if (registrations.Take(clientAddress ?? "unknown") is { } windowEnds)
            throw Refused("Too many registrations from your address", windowEnds);
    }

    private ExecutionError Refused(string reason, DateTimeOffset retryAt) =>
        new($"{reason}; try again in {RetryAfter.Describe(retryAt - clock.GetUtcNow())}") { Code = Code };
}
