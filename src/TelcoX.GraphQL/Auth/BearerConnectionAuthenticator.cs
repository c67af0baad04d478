using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// Browsers cannot set headers on a websocket, so clients send their token in connection_init
/// (<c>{ "Authorization": "Bearer …" }</c>, as graphql-ws clients do). It is validated exactly as
/// the HTTP bearer scheme validates it; a bad token refuses the connection (4403). Without one the
/// upgrade request's own user stands (its Authorization or X-API-Key header).
/// </summary>
public sealed class BearerConnectionAuthenticator(IOptionsMonitor<JwtBearerOptions> jwt) : ConnectionAuthenticator
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public override async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (TokenFrom(payload) is not { } token)
            return upgrade.User;
        var parameters = jwt.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var result = await handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    private static string? TokenFrom(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } init)
            return null;
        foreach (var property in init.EnumerateObject())
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                var value = property.Value.GetString()!;
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value.Trim();
            }
        return null;
    }
}
