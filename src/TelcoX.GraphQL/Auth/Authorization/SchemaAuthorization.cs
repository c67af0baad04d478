using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Auth.Authorization;

/// <summary>Writes <see cref="AuthorizationTable"/> into the schema as graphql-dotnet's policy metadata.</summary>
public static class SchemaAuthorization
{
    public static void Apply(IGraphType graphType)
    {
        if (graphType is not IComplexGraphType complex || graphType.Name.StartsWith("__", StringComparison.Ordinal))
            return;
        foreach (var field in complex.Fields)
            if (!HasRule(field) && PolicyFor(graphType.Name, field.Name) is { } policy)
                field.AuthorizeWithPolicy(policy);
    }

    /// <summary>A field with no rule is refused by <see cref="AuthorizationValidationRule"/>.</summary>
    public static bool HasRule(IMetadataReader field) => field.IsAuthorizationRequired() || field.IsAnonymousAllowed();

    public static string? PolicyFor(string typeName, string fieldName) => typeName switch
    {
        "Query" => AuthorizationTable.Query.GetValueOrDefault(fieldName),
        // A mutation's policy sits on its class ([Authorize]), beside its rule.
        "Mutation" => null,
        "Subscription" => AuthorizationTable.Subscription.GetValueOrDefault(fieldName),
        _ => AuthorizationTable.NestedFields.GetValueOrDefault($"{typeName}.{fieldName}")
            ?? AuthorizationTable.Types.GetValueOrDefault(typeName)
            ?? (AuthorizationTable.InheritedSuffixes.Any(suffix => typeName.EndsWith(suffix, StringComparison.Ordinal)) ? Policies.Inherited : null),
    };
}
