using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// graphql-dotnet's complexity analysis (depth, and page sizes multiplying what lies under them) with
/// <c>GraphQL:Limits</c>. It throws on an operation whose root type the schema lacks (a subscription
/// before any exists), so such an operation is left to the engine, which refuses it as a request error.
/// </summary>
public sealed class RootAwareComplexityRule(IOptions<GraphQLLimitsOptions> limits) : ComplexityValidationRule(ComplexityFrom(limits.Value))
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        HasRoot(context) ? base.GetPreNodeVisitorAsync(context) : default;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        HasRoot(context) ? base.GetPostNodeVisitorAsync(context) : default;

    private static bool HasRoot(ValidationContext context) => context.Operation.Operation switch
    {
        OperationType.Subscription => context.Schema.Subscription is not null,
        OperationType.Mutation => context.Schema.Mutation is not null,
        _ => true,
    };

    private static ComplexityOptions ComplexityFrom(GraphQLLimitsOptions limits) =>
        new() { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity };
}
