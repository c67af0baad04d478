using Microsoft.AspNetCore.Authorization;

namespace TelcoX.GraphQL.Auth.Authorization;

/// <summary>The ASP.NET authorization policies GraphQL fields name; <see cref="AuthorizationValidationRule"/> asks them.</summary>
public static class Policies
{
    /// <summary>Anyone, signed in or not: login, register, the product catalogue.</summary>
    public const string Public = "Public";
    /// <summary>Any signed-in role; a CUSTOMER's reads are scoped to their own rows in SQL.</summary>
    public const string SignedIn = "SignedIn";
    /// <summary>ADMIN and AGENT.</summary>
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    /// <summary>A nested field: allowed wherever the field above it was (rows stay scoped to the caller).</summary>
    public const string Inherited = "Inherited";

    public static AuthorizationBuilder AddTelcoPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Public, policy => policy.RequireAssertion(_ => true))
        .AddPolicy(Inherited, policy => policy.RequireAssertion(_ => true))
        .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Agent))
        .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
}
