using GraphQL;

namespace TelcoX.GraphQL.Users;

/// <summary>Who is knocking, for <see cref="Auth.LoginThrottle"/>'s per-address budgets.</summary>
public static class ClientAddresses
{
    /// <summary>The caller's address; behind a trusted proxy, forwarded-headers middleware has already set it.</summary>
    public static string? ClientAddress(this IResolveFieldContext context) =>
        context.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
