using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Server.Documents;

/// <summary>
/// At most <c>GraphQL:Limits:MaxErrors</c> errors per response (5,000 unused variables once answered
/// 5,000 errors); past it, one last error says how many more there were, as graphql-js's validation does.
/// </summary>
public sealed class ErrorCap(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    public const string Code = "TOO_MANY_ERRORS";

    // Outside everything else, the document cache (200) included: it sees the final result.
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var result = await next(executionOptions);
        var max = options.Value.MaxErrors;
        if (result.Errors is { } errors && errors.Count > max)
        {
            var more = errors.Count - max;
            var kept = new ExecutionErrors();
            kept.AddRange(errors.Take(max));
            // A document error keeps the response a request error (a 400) when every error was one.
            kept.Add(errors.All(e => e is DocumentError)
                ? new DocumentLimitError(Code, $"{more:N0} more errors were left out; at most {max} are reported.")
                : new ExecutionError($"{more:N0} more errors were left out; at most {max} are reported.") { Code = Code });
            result.Errors = kept;
        }
        return result;
    }
}
