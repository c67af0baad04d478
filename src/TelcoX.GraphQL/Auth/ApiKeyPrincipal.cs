using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace TelcoX.GraphQL.Auth;

/// <summary>Who an <c>X-API-Key</c> is: the configured client it matches, compared in constant time by SHA-256.</summary>
public static class ApiKeyPrincipal
{
    /// <summary>The client's identity, or null when the key matches no configured client.</summary>
    public static ClaimsIdentity? For(AuthOptions options, string presentedKey, string authenticationType)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        foreach (var (name, client) in options.ApiKeys)
        {
            if (string.IsNullOrEmpty(client.Key) || !Roles.All.Contains(client.Role))
                continue;
            if (CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(client.Key))))
                return new ClaimsIdentity([new Claim("sub", "apikey:" + name), new Claim(Roles.ClaimType, client.Role)],
                    authenticationType, "sub", Roles.ClaimType);
        }
        return null;
    }
}
