using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// The second scheme: a machine client sends <c>X-API-Key</c> (seed 004) and acts with the role
/// configured for its key. Keys are compared in constant time, by their SHA-256.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    IOptionsMonitor<AuthOptions> authOptions,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
            return Task.FromResult(AuthenticateResult.NoResult());
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values.ToString()));
        foreach (var (name, client) in authOptions.CurrentValue.ApiKeys)
        {
            if (string.IsNullOrEmpty(client.Key) || !Roles.All.Contains(client.Role))
                continue;
            if (CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(client.Key))))
                return Task.FromResult(AuthenticateResult.Success(Ticket(name, client.Role)));
        }
        return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
    }

    private AuthenticationTicket Ticket(string name, string role)
    {
        var identity = new ClaimsIdentity(
            [new Claim("sub", "apikey:" + name), new Claim(Roles.ClaimType, role)],
            SchemeName, "sub", Roles.ClaimType);
        return new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName);
    }
}
