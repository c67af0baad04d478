using GraphQL.Execution;
using GraphQLParser.AST;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// GET must stay safe (GraphQL over HTTP, "GET"): a mutation or subscription sent over GET is
/// refused with 405 before anything runs, whatever the schema defines.
/// </summary>
public sealed class HttpGetOperationGuard(IDocumentBuilder documentBuilder)
{
    /// <summary>
    /// The parsed document, so the engine need not parse it again; null when it does not parse
    /// (the engine then reports the syntax error in the usual shape).
    /// </summary>
    public GraphQLDocument? EnsureQuery(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(query);
        }
        catch (Exception)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is { Operation: not OperationType.Query })
            throw GraphQLHttpProblem.MethodNotAllowed(
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent over GET; use POST.", "POST");
        return document;
    }
}
