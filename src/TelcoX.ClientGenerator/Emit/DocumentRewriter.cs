using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>
/// Makes the exact document the client sends: <c>__typename</c> is added to every selection on a union or
/// interface (the result records carry it), then the whole document is printed in one canonical layout,
/// whose SHA-256 is the persisted document id.
/// </summary>
public static class DocumentRewriter
{
    public static string Rewrite(ISchema schema, GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    AddTypename(schema, operation.SelectionSet, RootType(schema, operation.Operation));
                    break;
                case GraphQLFragmentDefinition fragment:
                    AddTypename(schema, fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue]!);
                    break;
            }
        }
        using var writer = new StringWriter();
        new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString().ReplaceLineEndings("\n").Trim();
    }

    public static IObjectGraphType RootType(ISchema schema, OperationType kind) => kind switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation ?? throw new InvalidOperationException("The schema has no mutations."),
        _ => schema.Subscription ?? throw new InvalidOperationException("The schema has no subscriptions."),
    };

    private static void AddTypename(ISchema schema, GraphQLSelectionSet selectionSet, IGraphType type)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.SelectionSet is not null && type is IComplexGraphType complex
                    && complex.GetField(field.Name.StringValue) is { } definition:
                    var fieldType = TypeMapper.Unwrap(definition.ResolvedType!);
                    if (fieldType is IAbstractGraphType && !HasTypename(field.SelectionSet))
                        field.SelectionSet.Selections.Insert(0, new GraphQLField(new GraphQLName("__typename")));
                    AddTypename(schema, field.SelectionSet, fieldType);
                    break;
                case GraphQLInlineFragment inline:
                    AddTypename(schema, inline.SelectionSet, inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue]! : type);
                    break;
            }
        }
    }

    private static bool HasTypename(GraphQLSelectionSet selectionSet) =>
        selectionSet.Selections.OfType<GraphQLField>().Any(field => field.Alias is null && field.Name.StringValue == "__typename");
}
