using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace TelcoX.Admin.Components.Account;

/// <summary>
/// A circuit outlives the request that opened it: once the API token has expired, the open pages sign the
/// user out (and the router sends them to sign-in) instead of failing call after call.
/// </summary>
public sealed class TokenExpiryRevalidator(ILoggerFactory loggerFactory, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        Task.FromResult(IsCurrent(state.User, time.GetUtcNow()));

    public static bool IsCurrent(ClaimsPrincipal user, DateTimeOffset now) =>
        user.FindFirst(AdminClaims.ExpiresAt)?.Value is not { } expiresAt
        || DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture) > now;
}
