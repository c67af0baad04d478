namespace TelcoX.GraphQL.Server;

/// <summary>
/// <c>GraphQL:Limits</c>: what one request may cost. All on by default. The document caps act before
/// validation (Hot Chocolate's <c>MaxAllowedFields</c>, nodes and tokens, plus what GraphQL-Parser needs),
/// so that any document under them parses and validates in milliseconds.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    public int MaxDepth { get; set; } = 15;
    /// <summary>graphql-dotnet's analysis: page sizes (<c>first</c>/<c>last</c>) multiply what lies under them.</summary>
    public int MaxComplexity { get; set; } = 50_000;
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
    public int MaxAliases { get; set; } = 50;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Characters in one document's text.</summary>
    public int MaxDocumentLength { get; set; } = 50_000;
    /// <summary>
    /// Characters in one line. Longer lines are wrapped at their spaces and commas before parsing, so
    /// only a single run without either (a long string or name) meets this cap.
    /// </summary>
    public int MaxLineLength { get; set; } = 4_096;
    /// <summary>Lexical tokens (names, punctuators, numbers, strings) in one document.</summary>
    public int MaxTokens { get; set; } = 10_000;
    /// <summary>Syntax nodes in one document.</summary>
    public int MaxNodes { get; set; } = 20_000;
    /// <summary>Field selections in one document, as written (Hot Chocolate's default).</summary>
    public int MaxFields { get; set; } = 2_048;
    /// <summary>
    /// Fields of one response name in one selection set (inline fragments included). graphql-dotnet
    /// compares every pair of them: 2,047 <c>totalCount</c>s took seconds to validate.
    /// </summary>
    public int MaxRepeatedField { get; set; } = 32;
    /// <summary>
    /// Fragment definitions in one document. graphql-dotnet compares every pair of fragments spread
    /// together and finds each by a linear search: 800 fragments ran past the 15 s timeout.
    /// </summary>
    public int MaxFragments { get; set; } = 100;
    /// <summary>How deep the parser may nest (selection sets, list and object values, list types).</summary>
    public int MaxNestingDepth { get; set; } = 64;
    /// <summary>Errors in one response; the rest are summed up in one last error (graphql-js's validation cap).</summary>
    public int MaxErrors { get; set; } = 100;
}
