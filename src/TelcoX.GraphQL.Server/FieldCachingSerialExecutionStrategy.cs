using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// graphql-dotnet's serial strategy, with each selection's fields collected once per execution
/// instead of once per object: a page of 50 customers with their lines collected the same handful of
/// fields for each of about 100 objects. Collected fields belong to one request (@skip and @include
/// read its variables, and merged fields carry its argument values), so an instance serves one
/// execution only: <see cref="QueryStrategySelector"/> makes one per query.
/// </summary>
public sealed class FieldCachingSerialExecutionStrategy : SerialExecutionStrategy
{
    // No lock: the serial strategy runs one node of its execution at a time.
    private readonly Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]> collected = [];

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent.SelectionSet is not { } selection)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var fields = FieldsOf(context, parent.GetObjectGraphType(context.Schema) ?? parent.GraphType, selection);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = nodes;
    }

    private (GraphQLField Field, FieldType Definition)[] FieldsOf(ExecutionContext context, IGraphType type, GraphQLSelectionSet selection)
    {
        if (!collected.TryGetValue((selection, type), out var fields))
            collected[(selection, type)] = fields = [.. CollectFieldsFrom(context, type, selection, null).Values.Select(pair => (pair.field, pair.fieldType))];
        return fields;
    }
}

/// <summary>
/// Queries get a <see cref="FieldCachingSerialExecutionStrategy"/> of their own; other operations the
/// registered strategies (the scoped subscription strategy) or graphql-dotnet's defaults.
/// </summary>
public sealed class QueryStrategySelector(IEnumerable<ExecutionStrategyRegistration> registrations) : DefaultExecutionStrategySelector(registrations)
{
    public override IExecutionStrategy Select(ExecutionContext context) =>
        context.Operation.Operation == OperationType.Query ? new FieldCachingSerialExecutionStrategy() : base.Select(context);
}
