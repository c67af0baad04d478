using GraphQLParser.AST;
using TelcoX.ClientGenerator.Diagnostics;

namespace TelcoX.ClientGenerator.Documents;

/// <summary>
/// Reads the operation files and enforces the house rules the GraphQL spec leaves open: one named operation
/// per file, named like the file, names unique across the folder; fragments may live in any file.
/// </summary>
public static class OperationLoader
{
    public static IReadOnlyList<OperationDocument> Load(IEnumerable<(string Path, string Text)> files)
    {
        var errors = new List<GeneratorError>();
        var sources = new List<SourceFile>();
        foreach (var (path, text) in files.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            try { sources.Add(SourceFile.Parse(path, text)); }
            catch (GeneratorException exception) { errors.AddRange(exception.Errors); }
        }

        var fragments = CollectFragments(sources, errors);
        var operations = new List<OperationDocument>();
        var names = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var definitions = source.Document.Definitions;
            foreach (var other in definitions.Where(d => d is not GraphQLOperationDefinition and not GraphQLFragmentDefinition))
                errors.Add(source.Error(other, ErrorCodes.UnsupportedDefinition, "Operation files hold operations and fragments only."));

            var fileOperations = definitions.OfType<GraphQLOperationDefinition>().ToList();
            foreach (var extra in fileOperations.Skip(1))
                errors.Add(source.Error(extra, ErrorCodes.SeveralOperations, $"'{Path.GetFileName(source.Path)}' holds more than one operation; put each operation in its own file."));
            if (fileOperations.FirstOrDefault() is not { } operation)
                continue;

            if (operation.Name is null)
            {
                errors.Add(source.Error(operation, ErrorCodes.AnonymousOperation, "Anonymous operations are not allowed: name the operation like its file."));
                continue;
            }
            var name = operation.Name.StringValue;
            var expected = Path.GetFileNameWithoutExtension(source.Path);
            if (name != expected)
                errors.Add(source.Error(operation.Name, ErrorCodes.FileNameMismatch, $"The operation '{name}' lives in '{expected}.graphql'; name the file '{name}.graphql'."));
            if (!names.TryAdd(name, source))
            {
                errors.Add(source.Error(operation.Name, ErrorCodes.DuplicateOperation, $"There can be only one operation named '{name}' (also in '{names[name].Path}')."));
                continue;
            }
            operations.Add(new OperationDocument(name, operation.Operation, source, operation, UsedFragments(operation, fragments)));
        }

        if (errors.Count > 0)
            throw new GeneratorException(errors);
        return operations;
    }

    private static Dictionary<string, FragmentSource> CollectFragments(List<SourceFile> sources, List<GeneratorError> errors)
    {
        var fragments = new Dictionary<string, FragmentSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var fragment in source.Document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                var name = fragment.FragmentName.Name.StringValue;
                if (!fragments.TryAdd(name, new FragmentSource(name, source, fragment)))
                    errors.Add(source.Error(fragment.FragmentName, ErrorCodes.DuplicateFragment, $"There can be only one fragment named '{name}' (also in '{fragments[name].File.Path}')."));
            }
        }
        return fragments;
    }

    // Unknown fragment names are left to the validator, which reports them where they are spread.
    private static List<FragmentSource> UsedFragments(ASTNode root, Dictionary<string, FragmentSource> fragments)
    {
        var used = new List<FragmentSource>();
        var pending = new Stack<ASTNode>([root]);
        while (pending.TryPop(out var node))
        {
            foreach (var spread in FragmentSpreads(node))
            {
                if (fragments.TryGetValue(spread, out var fragment) && !used.Contains(fragment))
                {
                    used.Add(fragment);
                    pending.Push(fragment.Definition);
                }
            }
        }
        return used;
    }

    private static IEnumerable<string> FragmentSpreads(ASTNode node) => node switch
    {
        GraphQLOperationDefinition operation => FragmentSpreads(operation.SelectionSet),
        GraphQLFragmentDefinition fragment => FragmentSpreads(fragment.SelectionSet),
        GraphQLSelectionSet set => set.Selections.SelectMany(FragmentSpreads),
        GraphQLField { SelectionSet: { } set } => FragmentSpreads(set),
        GraphQLInlineFragment inline => FragmentSpreads(inline.SelectionSet),
        GraphQLFragmentSpread spread => [spread.FragmentName.Name.StringValue],
        _ => [],
    };
}
