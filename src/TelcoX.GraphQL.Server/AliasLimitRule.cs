using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Server;

/// <summary>Caps aliases per document: each alias re-runs a field, the cheapest way to multiply work.</summary>
public sealed class AliasLimitRule(IOptions<GraphQLLimitsOptions> limits) : ValidationRuleBase
{
    public const string Code = "TOO_MANY_ALIASES";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor(limits.Value.MaxAliases));

    private sealed class Visitor(int max) : INodeVisitor
    {
        private int count;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLAlias && ++count == max + 1)
                context.ReportError(new ValidationError(context.Document.Source, null, $"The document uses more than {max} aliases.", node) { Code = Code });
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
