using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using TelcoX.ClientGenerator.Diagnostics;
using TelcoX.ClientGenerator.Documents;

namespace TelcoX.ClientGenerator.Validation;

/// <summary>
/// The operation plus the fragments it uses as one document (what the validator and the server see),
/// with a map from its lines back to the files they came from, so errors point into the right file.
/// </summary>
public sealed class CombinedDocument
{
    private readonly List<Segment> segments = [];

    private CombinedDocument(OperationDocument operation)
    {
        var text = new StringBuilder();
        var line = 1;
        Append(operation.File, operation.Operation);
        foreach (var fragment in operation.Fragments)
            Append(fragment.File, fragment.Definition);
        Text = text.ToString();
        Document = Parser.Parse(Text, SourceFile.ParserOptions);

        // Whole lines are copied so columns stay those of the file.
        void Append(SourceFile file, ASTNode definition)
        {
            var start = file.Text.LastIndexOf('\n', Math.Max(0, definition.Location.Start - 1)) + 1;
            if (definition.Location.Start == 0) start = 0;
            var slice = file.Text[start..definition.Location.End];
            segments.Add(new Segment(line, file.Path, Location.FromLinearPosition(file.Text, start).Line));
            text.Append(slice).Append('\n');
            line += slice.Count(c => c == '\n') + 1;
        }
    }

    public string Text { get; }

    public GraphQLDocument Document { get; }

    public static CombinedDocument For(OperationDocument operation) => new(operation);

    public GeneratorError ErrorAt(int line, int column, string code, string message)
    {
        var segment = segments.Last(s => s.FirstLine <= line);
        return new GeneratorError(segment.File, segment.FileLine + line - segment.FirstLine, column, code, message);
    }

    private sealed record Segment(int FirstLine, string File, int FileLine);
}
