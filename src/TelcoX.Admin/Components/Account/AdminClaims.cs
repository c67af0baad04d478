using System.Security.Claims;

namespace TelcoX.Admin.Components.Account;

/// <summary>The claims the admin's cookie carries: who signed in, and the API token used on their behalf.</summary>
public static class AdminClaims
{
    public const string AccessToken = "telcox:access_token";

    public static ClaimsPrincipal Create(string email, string role, string accessToken) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role), new Claim(AccessToken, accessToken)],
            authenticationType: "TelcoX", nameType: ClaimTypes.Name, roleType: ClaimTypes.Role));

    public static string? AccessTokenOf(ClaimsPrincipal user) => user.FindFirst(AccessToken)?.Value;
}
