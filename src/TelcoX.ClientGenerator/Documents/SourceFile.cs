using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using TelcoX.ClientGenerator.Diagnostics;

namespace TelcoX.ClientGenerator.Documents;

/// <summary>One parsed <c>.graphql</c> file, with the positions the errors point at.</summary>
public sealed record SourceFile(string Path, string Text, GraphQLDocument Document)
{
    // Locations are kept (comments are not): validation errors and our own errors need line and column.
    public static readonly ParserOptions ParserOptions = new() { Ignore = IgnoreOptions.Comments };

    public static SourceFile Parse(string path, string text)
    {
        try
        {
            return new SourceFile(path, text, Parser.Parse(text, ParserOptions));
        }
        catch (GraphQLParserException exception)
        {
            throw new GeneratorException(new GeneratorError(path, exception.Location.Line, exception.Location.Column, ErrorCodes.Syntax, exception.Description));
        }
    }

    public GeneratorError Error(ASTNode node, string code, string message)
    {
        var location = Location.FromLinearPosition(Text, node.Location.Start);
        return new GeneratorError(Path, location.Line, location.Column, code, message);
    }
}
