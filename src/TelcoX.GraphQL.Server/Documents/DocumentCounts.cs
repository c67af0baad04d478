using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace TelcoX.GraphQL.Server.Documents;

/// <summary>
/// Counts a parsed document's nodes, field selections and fragments, as written (fragments once each), and
/// refuses it past <c>GraphQL:Limits</c>. The walk stops at the first cap it meets.
/// </summary>
public sealed class DocumentCounts : ASTVisitor<DocumentCounts.Context>
{
    private static readonly DocumentCounts Visitor = new();

    public static void Check(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        // The parser bounds the depth, and every node completes synchronously: no task is ever awaited.
        var visit = Visitor.VisitAsync(document, new Context(limits));
        if (!visit.IsCompletedSuccessfully)
            visit.AsTask().GetAwaiter().GetResult();
    }

    public override ValueTask VisitAsync(ASTNode? node, Context context)
    {
        if (node is null)
            return default;
        if (++context.Nodes > context.Limits.MaxNodes)
            throw new DocumentLimitError("TOO_MANY_NODES",
                $"The document holds more than {context.Limits.MaxNodes:N0} syntax nodes. Split it into smaller requests.");
        if (node is GraphQLField && ++context.Fields > context.Limits.MaxFields)
            throw new DocumentLimitError("TOO_MANY_FIELDS",
                $"The document selects more than {context.Limits.MaxFields:N0} fields. Reduce the fields in your request.");
        if (node is GraphQLFragmentDefinition && ++context.Fragments > context.Limits.MaxFragments)
            throw new DocumentLimitError("TOO_MANY_FRAGMENTS",
                $"The document defines more than {context.Limits.MaxFragments} fragments. Split it into smaller requests.");
        if (node is GraphQLSelectionSet selectionSet && selectionSet.Selections.Count > context.Limits.MaxRepeatedField)
            CheckRepeats(selectionSet, context.Limits.MaxRepeatedField);
        return base.VisitAsync(node, context);
    }

    /// <summary>The fields that merge into one response key: written in the set or in its inline fragments.</summary>
    private static void CheckRepeats(GraphQLSelectionSet selectionSet, int max)
    {
        var counts = new Dictionary<string, int>();
        Count(selectionSet);

        void Count(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                if (selection is GraphQLInlineFragment inline)
                    Count(inline.SelectionSet);
                else if (selection is GraphQLField field)
                {
                    var key = (field.Alias?.Name ?? field.Name).StringValue;
                    var count = counts[key] = counts.GetValueOrDefault(key) + 1;
                    if (count > max)
                        throw new DocumentLimitError("TOO_MANY_REPEATS",
                            $"The field '{key}' is selected more than {max} times in one selection set; select it once.");
                }
            }
        }
    }

    public sealed class Context(GraphQLLimitsOptions limits) : IASTVisitorContext
    {
        public GraphQLLimitsOptions Limits { get; } = limits;
        public int Nodes { get; set; }
        public int Fields { get; set; }
        public int Fragments { get; set; }
        public CancellationToken CancellationToken => default;
    }
}
