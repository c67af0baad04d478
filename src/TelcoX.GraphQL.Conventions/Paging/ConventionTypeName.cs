namespace TelcoX.GraphQL.Conventions.Paging;

internal static class ConventionTypeName
{
    /// <summary>The prefix of a field's connection or segment type, as Hot Chocolate names it: customers → Customers.</summary>
    public static string Of(string fieldName) => char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
}
