using System.Security.Claims;

namespace TelcoX.Admin.Components.Account;

/// <summary>The claims the admin's cookie carries: who signed in, and the API token used on their behalf.</summary>
public static class AdminClaims
{
    public const string AccessToken = "telcox:access_token";
    public const string ExpiresAt = "telcox:expires_at";

    public static ClaimsPrincipal Create(string email, string role, string accessToken, DateTimeOffset? expiresAt)
    {
        List<Claim> claims = [new(ClaimTypes.Name, email), new(ClaimTypes.Role, role), new(AccessToken, accessToken)];
        if (expiresAt is { } expiry)
            claims.Add(new(ExpiresAt, expiry.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        return new(new ClaimsIdentity(claims, authenticationType: "TelcoX", nameType: ClaimTypes.Name, roleType: ClaimTypes.Role));
    }

    public static string? AccessTokenOf(ClaimsPrincipal user) => user.FindFirst(AccessToken)?.Value;
}
