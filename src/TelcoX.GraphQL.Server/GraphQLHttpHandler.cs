using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// GraphQL over HTTP: negotiate, read, execute, write. Every failure ends as a JSON response,
/// never a bare 500, and the transport's own failures are logged.
/// </summary>
public sealed class GraphQLHttpHandler(
    ISchemaExecuter executer,
    CredentialCheck credentials,
    GraphQLRequestReader reader,
    HttpGetOperationGuard getGuard,
    PersistedDocumentStore persisted,
    GraphQLResponseWriter writer,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Json;
        try
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
                throw GraphQLHttpProblem.MethodNotAllowed("GraphQL is served over GET and POST only.", "GET, POST");
            mediaType = GraphQLMediaTypes.Negotiate(http.Request);
            credentials.EnsureValid(http);
            var request = await reader.ReadAsync(http.Request, http.RequestAborted);
            persisted.Resolve(request);
            var document = HttpMethods.IsGet(http.Request.Method) ? getGuard.EnsureQuery(request.Query!, request.OperationName) : null;
            var result = await ExecuteAsync(http, request, document);
            await writer.WriteResultAsync(http, result, mediaType);
        }
        catch (GraphQLHttpProblem problem)
        {
            logger.LogDebug("GraphQL request refused with {StatusCode}: {Message}", problem.StatusCode, problem.Message);
            await writer.WriteProblemAsync(http, problem, mediaType);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own refusals, e.g. a body over the size limit (413) or a client that stalls.
            logger.LogDebug(exception, "GraphQL request body unreadable");
            await writer.WriteProblemAsync(http, new GraphQLHttpProblem(exception.StatusCode,
                exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", exception.Message), mediaType);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a cancelled read or a reset connection): nobody is left to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            var error = TransportFailures.Report(logger, exception, $"GraphQL over HTTP ({http.Request.Method} {http.Request.Path})");
            http.Response.Clear();
            await writer.WriteFailureAsync(http, error, mediaType);
        }
        catch (Exception exception)
        {
            // Half a body is already on the wire: cutting the connection is the only honest signal left.
            logger.LogError(exception, "GraphQL response failed mid-write on {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Abort();
        }
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
}
