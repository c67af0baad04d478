using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// <c>GraphQL:Limits:Timeout</c> bounds queries and mutations. A subscription is exempt: graphql-dotnet's
/// timeout would end its stream once it passed (15 s by default), while a subscriber stays for hours.
/// </summary>
public static class ExecutionTimeout
{
    public static TimeSpan For(ExecutionOptions options, TimeSpan limit) => IsSubscription(options) ? Timeout.InfiniteTimeSpan : limit;

    private static bool IsSubscription(ExecutionOptions options)
    {
        if (options.Document is null)
        {
            if (options.Query is not { } query || !query.Contains("subscription", StringComparison.Ordinal))
                return false;
            try
            {
                // Kept on the options, so the engine does not parse it again.
                options.Document = options.RequestServices!.GetRequiredService<IDocumentBuilder>().Build(query);
            }
            catch (Exception)
            {
                return false; // the engine parses it again and reports the syntax error in the usual shape
            }
        }
        var operations = options.Document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = string.IsNullOrEmpty(options.OperationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == options.OperationName);
        return operation?.Operation == OperationType.Subscription;
    }
}
