using GraphQLParser.AST;

namespace TelcoX.GraphQL.Conventions.Projection;

/// <summary>The fields a selection set asks for, fragments (inline and named) flattened in.</summary>
internal static class SelectedFields
{
    // Type conditions and @skip/@include are ignored: selecting a column too many is harmless, one too few is not.
    public static IEnumerable<GraphQLField> Of(GraphQLSelectionSet? selectionSet, GraphQLDocument document)
    {
        if (selectionSet is null)
            yield break;
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Of(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => Of(Fragment(document, spread.FragmentName.Name.StringValue)?.SelectionSet, document),
                _ => [],
            };
            foreach (var field in nested)
                yield return field;
        }
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(fragment => fragment.FragmentName.Name.StringValue == name);
}
