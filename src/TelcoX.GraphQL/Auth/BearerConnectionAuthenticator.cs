using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Browsers cannot set headers on a websocket, so clients send their credentials in connection_init:
/// <c>{ "Authorization": "Bearer …" }</c> (as graphql-ws clients do), validated exactly as the HTTP
/// bearer scheme validates it, scheme included, or <c>{ "X-API-Key": "…" }</c> (as Banana Cake Pop
/// forwards its headers), matched like the header. A bad one refuses the connection (4403). Without
/// either the upgrade request's own user stands, anonymous at worst, unless its own headers carried a
/// bad credential. A token's connection ends at its expiry or once its user's stamp changes.
/// </summary>
public sealed class BearerConnectionAuthenticator(
    IOptionsMonitor<JwtBearerOptions> jwt, IOptionsMonitor<AuthOptions> auth, IOptions<TokenRevocationOptions> revocation,
    SecurityStampValidator stamps, CredentialCheck credentials, TimeProvider time, ILogger<BearerConnectionAuthenticator> logger) : ConnectionAuthenticator
{
    private const string Scheme = "Bearer ";
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public override async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (Value(payload, "Authorization") is { } authorization)
        {
            // The same scheme HTTP requires: a bare token is refused, not guessed at.
            if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
                return null;
            var parameters = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
            var result = await handler.ValidateTokenAsync(authorization[Scheme.Length..].Trim(), parameters);
            var user = result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
            return user is not null && await stamps.IsCurrentAsync(user, cancellationToken) ? user : null;
        }
        if (Value(payload, ApiKeyAuthenticationHandler.HeaderName) is { } key)
            return ApiKeyPrincipal.For(auth.CurrentValue, key, ApiKeyAuthenticationHandler.SchemeName) is { } identity ? new ClaimsPrincipal(identity) : null;
        return credentials.IsRefused(upgrade) ? null : upgrade.User;
    }

    // Expiry needs no check here: the watch closes the connection at that instant.
    public override ValueTask<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        stamps.IsCurrentAsync(user, cancellationToken);

    public override IDisposable? Watch(ClaimsPrincipal user, Func<Task> revoked, CancellationToken aborted) =>
        user.Identity?.IsAuthenticated == true
            ? new CredentialWatch(user, stamps, time, revocation.Value.RecheckInterval, revoked, logger, aborted)
            : null;

    private static string? Value(JsonElement? payload, string name)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } init)
            return null;
        foreach (var property in init.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                return property.Value.GetString();
        return null;
    }
}
