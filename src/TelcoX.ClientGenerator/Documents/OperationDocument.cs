using GraphQLParser.AST;

namespace TelcoX.ClientGenerator.Documents;

/// <summary>A named operation and the fragments it uses (transitively), wherever they are defined.</summary>
public sealed record OperationDocument(
    string Name,
    OperationType Kind,
    SourceFile File,
    GraphQLOperationDefinition Operation,
    IReadOnlyList<FragmentSource> Fragments);

public sealed record FragmentSource(string Name, SourceFile File, GraphQLFragmentDefinition Definition);
