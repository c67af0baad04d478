using GraphQL.Types;
using GraphQLParser.AST;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>
/// One sealed record per selection set, named by operation and response-key path
/// (<c>GetCustomers_Customers_Nodes</c>); fragments are flattened into it, and fields that only exist under a
/// type condition are nullable.
/// </summary>
public sealed class ResultTypeEmitter(ISchema schema, GraphQLDocument document, EnumCollector enums)
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions
        .OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);

    public void Emit(CodeWriter code, string operationName, GraphQLOperationDefinition operation)
    {
        var root = DocumentRewriter.RootType(schema, operation.Operation);
        EmitRecord(code, operationName + "Result", operationName, [new Scope(operation.SelectionSet, root, false)]);
    }

    private sealed record Scope(GraphQLSelectionSet Set, IGraphType Type, bool Conditional);

    private sealed record Occurrence(GraphQLField Field, FieldType Definition, bool Conditional);

    private void EmitRecord(CodeWriter code, string recordName, string childPrefix, IReadOnlyList<Scope> scopes)
    {
        var fields = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var scope in scopes)
            Collect(scope.Set, scope.Type, scope.Type, scope.Conditional, fields, order);

        var nested = new List<Action>();
        code.Open($"public sealed partial record {recordName}");
        foreach (var key in order)
        {
            var occurrences = fields[key];
            var first = occurrences[0];
            var conditional = occurrences.All(o => o.Conditional);
            var property = TypeMapper.Pascal(key);
            var named = TypeMapper.Unwrap(first.Definition.ResolvedType!);
            var childName = $"{childPrefix}_{property}";
            var type = TypeMapper.Map(first.Definition.ResolvedType!, t => TypeMapper.IsComposite(t) ? childName : enums.Use(t), conditional);
            var required = type.EndsWith('?') ? "" : "required ";
            code.Line($"[global::System.Text.Json.Serialization.JsonPropertyName(\"{key}\")]");
            code.Line($"public {required}{type} {property} {{ get; init; }}");
            if (TypeMapper.IsComposite(named))
            {
                // Sub-fields are conditional when the same key is selected under different type conditions.
                var mixed = occurrences.Count(o => o.Conditional) > 1 || occurrences.Select(o => o.Conditional).Distinct().Count() > 1;
                var childScopes = occurrences
                    .Where(o => o.Field.SelectionSet is not null)
                    .Select(o => new Scope(o.Field.SelectionSet!, TypeMapper.Unwrap(o.Definition.ResolvedType!), mixed && o.Conditional))
                    .ToList();
                nested.Add(() => EmitRecord(code, childName, childName, childScopes));
            }
        }
        code.Close();
        foreach (var emit in nested)
        {
            code.Line();
            emit();
        }
    }

    private void Collect(GraphQLSelectionSet set, IGraphType scopeType, IGraphType currentType, bool conditional,
        Dictionary<string, List<Occurrence>> fields, List<string> order)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    var definition = FieldDefinition(currentType, field.Name.StringValue);
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                        order.Add(key);
                    }
                    list.Add(new Occurrence(field, definition, conditional));
                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue]! : currentType;
                    Collect(inline.SelectionSet, scopeType, inlineType, conditional || !Covers(inlineType, scopeType), fields, order);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = fragments[spread.FragmentName.Name.StringValue];
                    var fragmentType = schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue]!;
                    Collect(fragment.SelectionSet, scopeType, fragmentType, conditional || !Covers(fragmentType, scopeType), fields, order);
                    break;
            }
        }
    }

    // A type condition always holds when it names the selection's own type or an interface that type implements.
    private static bool Covers(IGraphType condition, IGraphType scopeType) =>
        condition.Name == scopeType.Name
        || (scopeType is IObjectGraphType objectType && objectType.ResolvedInterfaces.Any(i => i.Name == condition.Name));

    private FieldType FieldDefinition(IGraphType type, string name)
    {
        if (name == "__typename")
            return schema.TypeNameMetaFieldType;
        return (type as IComplexGraphType)?.GetField(name)
            ?? throw new InvalidOperationException($"'{type.Name}' has no field '{name}' (the validator should have said so).");
    }
}
