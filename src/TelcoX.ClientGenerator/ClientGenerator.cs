using GraphQL.Types;
using TelcoX.ClientGenerator.Diagnostics;
using TelcoX.ClientGenerator.Documents;
using TelcoX.ClientGenerator.Emit;
using TelcoX.ClientGenerator.Validation;

namespace TelcoX.ClientGenerator;

/// <summary>What one run produces: C# files by name and each operation's exact text (for the trusted-document store).</summary>
public sealed record GeneratedClient(IReadOnlyDictionary<string, string> CSharpFiles, IReadOnlyList<GeneratedOperation> Operations);

/// <summary>Schema + operation files in, C# out; throws <see cref="GeneratorException"/> with every error found.</summary>
public static class ClientGenerator
{
    public static GeneratedClient Generate(ISchema schema, IEnumerable<(string Path, string Text)> operationFiles, string @namespace)
    {
        var operations = OperationLoader.Load(operationFiles);
        var errors = new List<GeneratorError>();
        var combined = new List<(OperationDocument Operation, CombinedDocument Document)>();
        foreach (var operation in operations)
        {
            var document = CombinedDocument.For(operation);
            errors.AddRange(OperationValidator.Validate(schema, document));
            combined.Add((operation, document));
        }
        if (errors.Count > 0)
            throw new GeneratorException(errors);

        var enums = new EnumCollector();
        var inputs = new InputTypeEmitter(schema, enums);
        var client = new ClientEmitter(schema);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var generated = new List<GeneratedOperation>();
        foreach (var (operation, document) in combined)
        {
            var text = DocumentRewriter.Rewrite(schema, document.Document);
            var result = new GeneratedOperation(operation with { Operation = SingleOperation(document) }, text);
            generated.Add(result);
            foreach (var variable in result.Source.Operation.Variables?.Items ?? [])
                inputs.Use(variable.Type);

            var code = CodeWriter.File(@namespace);
            client.EmitMethod(code, result);
            code.Line();
            new ResultTypeEmitter(schema, document.Document, enums).Emit(code, operation.Name, result.Source.Operation);
            files[$"{operation.Name}.g.cs"] = code.ToString();
        }

        var inputCode = CodeWriter.File(@namespace);
        inputs.EmitInputs(inputCode);
        files["TelcoXInputs.g.cs"] = inputCode.ToString();
        var enumCode = CodeWriter.File(@namespace);
        inputs.EmitEnums(enumCode);
        files["TelcoXEnums.g.cs"] = enumCode.ToString();
        var operationCode = CodeWriter.File(@namespace);
        ClientEmitter.EmitOperations(operationCode, generated);
        operationCode.Line();
        ClientEmitter.EmitClient(operationCode, @namespace);
        files["TelcoXClient.g.cs"] = operationCode.ToString();
        return new GeneratedClient(files, generated);
    }

    // The combined document's own copy, which the rewriter annotated with __typename.
    private static GraphQLParser.AST.GraphQLOperationDefinition SingleOperation(CombinedDocument document) =>
        document.Document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single();
}
