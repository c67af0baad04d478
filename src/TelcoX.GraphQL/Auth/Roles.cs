namespace TelcoX.GraphQL.Auth;

/// <summary>The role claim's values, spelled as the GraphQL <c>UserRole</c> enum spells them.</summary>
public static class Roles
{
    public const string Admin = "ADMIN";
    public const string Agent = "AGENT";
    public const string Customer = "CUSTOMER";

    public static readonly IReadOnlyList<string> All = [Admin, Agent, Customer];

    public const string ClaimType = "role";
}
