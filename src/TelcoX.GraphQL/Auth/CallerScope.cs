using System.Globalization;
using System.Security.Claims;

namespace TelcoX.GraphQL.Auth;

/// <summary>Whose rows a caller may reach: staff every row, a CUSTOMER their own, anyone else none.</summary>
public static class CallerScope
{
    /// <summary>A customer id no row has: the scope of callers who are nobody's customer.</summary>
    public const int NoCustomer = -1;

    /// <summary>
    /// Null for ADMIN and AGENT (unrestricted). A CUSTOMER's <c>customer_id</c> claim; a CUSTOMER
    /// without one, an anonymous caller or an unparsable claim reaches no customer's rows.
    /// </summary>
    public static int? CustomerIdOf(ClaimsPrincipal? user)
    {
        if (user is null || user.Identity?.IsAuthenticated != true)
            return NoCustomer;
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Agent))
            return null;
        return user.FindFirst(TokenIssuer.CustomerIdClaim)?.Value is { } value
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : NoCustomer;
    }

    public static bool IsAdmin(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin);

    public static bool IsStaff(ClaimsPrincipal? user) => CustomerIdOf(user) is null;
}
