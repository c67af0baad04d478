namespace TelcoX.GraphQL.Server;

/// <summary><c>GraphQL:Limits</c>: what one request may cost. All on by default.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    public int MaxDepth { get; set; } = 15;
    /// <summary>graphql-dotnet's analysis: page sizes (<c>first</c>/<c>last</c>) multiply what lies under them.</summary>
    public int MaxComplexity { get; set; } = 50_000;
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
    public int MaxAliases { get; set; } = 50;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
