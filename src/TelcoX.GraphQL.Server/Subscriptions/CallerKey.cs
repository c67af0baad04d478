using System.Security.Claims;
using System.Text;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// Everything about a caller that field access and row scope could depend on, as one string: each
/// identity's scheme, whether it is authenticated, its name and role claim types, and every claim
/// but those that only say when the token was issued or expires. Two callers share a subscription's
/// execution only when these are equal, so the same user with two tokens shares, and nobody else.
/// </summary>
public static class CallerKey
{
    // Per-token, not per-caller: they differ between two logins of the same user and decide no access.
    private static readonly HashSet<string> TokenOnlyClaims = ["exp", "iat", "nbf", "jti", "auth_time"];

    public static string Of(ClaimsPrincipal? user)
    {
        if (user is null) return "";
        var key = new StringBuilder();
        foreach (var identity in user.Identities)
        {
            key.Append('[').Append(Escape(identity.AuthenticationType)).Append('|').Append(identity.IsAuthenticated)
                .Append('|').Append(Escape(identity.NameClaimType)).Append('|').Append(Escape(identity.RoleClaimType));
            foreach (var claim in identity.Claims.Where(c => !TokenOnlyClaims.Contains(c.Type))
                         .OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal))
                key.Append('|').Append(Escape(claim.Type)).Append('=').Append(Escape(claim.Value)).Append(':').Append(Escape(claim.ValueType));
            key.Append(']');
        }
        return key.ToString();
    }

    // No claim can forge a separator and make two different callers read alike.
    private static string Escape(string? text) =>
        text is null ? "\\0" : text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("[", "\\[").Replace("]", "\\]").Replace("=", "\\=").Replace(":", "\\:");
}
