using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Auth;

/// <summary>
/// A digest of what a token vouches for: the user's role, customer link and password hash. Login puts it
/// in the token; a request whose token's stamp differs from the row's (or whose user is gone) is refused.
/// Derived from the row rather than stored, so a change by any path, an operator's SQL included, revokes.
/// </summary>
public static class SecurityStamp
{
    public const string ClaimType = "stamp";

    public static string Of(User user) => Of(user.Role, user.CustomerId, user.PasswordHash);

    public static string Of(UserRole role, int? customerId, string passwordHash)
    {
        var text = string.Join('\n', role.ToString(), customerId?.ToString(CultureInfo.InvariantCulture) ?? "", passwordHash);
        // 128 bits are plenty to tell versions apart; the salted hash inside stays out of reach.
        return Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16).ToArray());
    }

    /// <summary>The user id of a signed-in user's token; null for API keys and anonymous callers, which have no stamp.</summary>
    public static int? UserIdOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
        && principal.FindFirst("sub")?.Value is { } sub
        && int.TryParse(sub, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
