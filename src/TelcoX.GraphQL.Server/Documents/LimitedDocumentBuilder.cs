using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Server.Documents;

/// <summary>
/// Parses documents within <c>GraphQL:Limits</c>, for every transport (the engine, the GET guard and
/// the websockets all build documents through it). Size, line length and tokens are checked on the text
/// before the parser runs; nesting by the parser itself; nodes and fields on the tree before validation,
/// whose overlapping-fields rule grows with the square of repeated fields. Each refusal is a
/// <see cref="DocumentError"/> with a sentence, which the transports answer as a 400.
/// </summary>
public sealed class LimitedDocumentBuilder(IOptions<GraphQLLimitsOptions> options) : IDocumentBuilder
{
    public GraphQLDocument Build(string body)
    {
        var limits = options.Value;
        if (body.Length > limits.MaxDocumentLength)
            throw new DocumentLimitError("DOCUMENT_TOO_LARGE",
                $"The document is {body.Length:N0} characters long; at most {limits.MaxDocumentLength:N0} are accepted.");
        var scanned = ScannedDocument.Scan(body);
        if (scanned.LongestLine > limits.MaxLineLength)
            throw new DocumentLimitError("DOCUMENT_LINE_TOO_LONG",
                $"Line {scanned.LongestLineNumber} of the document runs {scanned.LongestLine:N0} characters without a space or comma; at most {limits.MaxLineLength:N0} are accepted. Pass long values as variables.");
        if (scanned.Tokens > limits.MaxTokens)
            throw new DocumentLimitError("TOO_MANY_TOKENS",
                $"The document holds more than {limits.MaxTokens:N0} tokens. Split it into smaller requests.");
        var document = Parse(scanned, limits.MaxNestingDepth);
        DocumentCounts.Check(document, limits);
        return document;
    }

    private static GraphQLDocument Parse(ScannedDocument scanned, int maxDepth)
    {
        try
        {
            var document = Parser.Parse(scanned.Text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = maxDepth });
            // Names are slices of the wrapped copy (the same characters); locations are read against this.
            document.Source = scanned.Source.AsMemory();
            return document;
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            var error = new DocumentLimitError("SYNTAX_ERROR", "Error parsing query: " + exception.Description);
            var location = scanned.Wrapped ? SourceLocation.Unwrap(scanned, exception.Location) : exception.Location;
            error.AddLocation(location);
            throw error;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new DocumentLimitError("MAX_DEPTH_EXCEEDED",
                $"The document nests deeper than {maxDepth} levels (selection sets, lists, objects or list types).");
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // GraphQL-Parser failing while it describes a syntax error: still the document's fault, never a 500.
            throw new DocumentLimitError("SYNTAX_ERROR", "Error parsing query: the document is not valid GraphQL.");
        }
    }
}
