using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Browsers cannot set headers on a websocket, so clients send their credentials in connection_init:
/// <c>{ "Authorization": "Bearer …" }</c> (as graphql-ws clients do), validated exactly as the HTTP
/// bearer scheme validates it, or <c>{ "X-API-Key": "…" }</c> (as Banana Cake Pop forwards its
/// headers), matched like the header. A bad one refuses the connection (4403). Without either the
/// upgrade request's own user stands (its Authorization or X-API-Key header), anonymous at worst.
/// </summary>
public sealed class BearerConnectionAuthenticator(IOptionsMonitor<JwtBearerOptions> jwt, IOptionsMonitor<AuthOptions> auth) : ConnectionAuthenticator
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public override async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (Value(payload, "Authorization") is { } authorization)
        {
            var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : authorization.Trim();
            var parameters = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
            var result = await handler.ValidateTokenAsync(token, parameters);
            return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
        }
        if (Value(payload, ApiKeyAuthenticationHandler.HeaderName) is { } key)
            return ApiKeyPrincipal.For(auth.CurrentValue, key, ApiKeyAuthenticationHandler.SchemeName) is { } identity ? new ClaimsPrincipal(identity) : null;
        return upgrade.User;
    }

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
