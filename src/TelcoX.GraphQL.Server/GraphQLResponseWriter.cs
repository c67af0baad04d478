using GraphQL;
using GraphQL.Execution;

namespace TelcoX.GraphQL.Server;

/// <summary>Writes GraphQL responses with the status code the negotiated media type calls for.</summary>
public sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    public Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        // The engine finds a missing root type (e.g. a subscription before any exists) only once
        // execution has begun and answers data: null; it is still the request's fault.
        if (result.Executed && result.Data is null && HasOnlyRequestErrors(result))
            result.Executed = false;
        return WriteAsync(http, StatusCodeFor(result, mediaType), result, mediaType);
    }

    /// <summary>A refusal from the transport, shaped as a GraphQL response without <c>data</c>.</summary>
    public Task WriteProblemAsync(HttpContext http, GraphQLHttpProblem problem, string mediaType)
    {
        if (problem.Allow is not null)
            http.Response.Headers.Allow = problem.Allow;
        return WriteAsync(http, problem.StatusCode, ErrorResult(problem.Message, problem.Code), mediaType);
    }

    /// <summary>The server's own failure outside the engine: a 500 under either media type.</summary>
    public Task WriteFailureAsync(HttpContext http, ExecutionError error, string mediaType) =>
        WriteAsync(http, StatusCodes.Status500InternalServerError, new ExecutionResult { Errors = [error] }, mediaType);

    public static ExecutionResult ErrorResult(string message, string code) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    /// <summary>
    /// Under application/json every GraphQL response is a 200 (legacy clients read the body).
    /// Under application/graphql-response+json a response without data is a 4xx when the client's
    /// document, variables or request were at fault, 504 when it ran past the time limit, a 500 when
    /// the server failed.
    /// </summary>
    public static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (mediaType == GraphQLMediaTypes.Json || result.Executed)
            return StatusCodes.Status200OK;
        // Past GraphQL:Limits:Timeout: the server's limit, not a crash; 504 tells a client it may try later.
        if (result.Errors is { Count: > 0 } errors && errors.All(e => e is TimeoutError))
            return StatusCodes.Status504GatewayTimeout;
        return HasOnlyRequestErrors(result) ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
    }

    private static bool HasOnlyRequestErrors(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors && errors.All(e => e is DocumentError or RequestError);

    private async Task WriteAsync(HttpContext http, int statusCode, ExecutionResult result, string mediaType)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
