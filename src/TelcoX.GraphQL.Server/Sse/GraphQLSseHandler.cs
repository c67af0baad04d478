using GraphQL;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Server.Subscriptions;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Server.Sse;

/// <summary>
/// GraphQL over server-sent events, distinct connections mode: a POST to /graphql accepting
/// <c>text/event-stream</c> runs one operation and streams its results until it completes or the
/// client goes away. A request that cannot run gets the usual JSON error response instead, a bad
/// credential the same 401 as over HTTP; a stream whose token expires or is revoked ends with an error.
/// </summary>
public sealed class GraphQLSseHandler(
    GraphQLOperationExecutor executor, SharedSubscriptions shared, ResultSerializer results, GraphQLRequestParser parser, GraphQLResponseWriter writer, IGraphQLTextSerializer serializer,
    CredentialCheck credentialCheck, ConnectionAuthenticator credentials, RealtimeConnections counters, IOptions<RealtimeOptions> options, IOptions<GraphQLLimitsOptions> limits, ILogger<GraphQLSseHandler> logger)
{
    public const string MediaType = "text/event-stream";

    public static bool Accepts(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Headers.Accept.Any(a => a?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);

    public async Task HandleAsync(HttpContext http)
    {
        global::GraphQL.Transport.GraphQLRequest request;
        try
        {
            credentialCheck.EnsureValid(http);
            request = await new GraphQLRequestReader(parser, limits.Value.MaxBodyBytes).ReadAsync(http.Request, http.RequestAborted);
        }
        catch (GraphQLHttpProblem problem)
        {
            await writer.WriteProblemAsync(http, problem, GraphQLMediaTypes.Json);
            return;
        }

        counters.ConnectionOpened();
        var operations = new ConnectionOperations(executor, shared, results, counters, logger);
        var stream = new SseStream(http, serializer, options.Value);
        try
        {
            http.Response.ContentType = $"{MediaType}; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events back
            await http.Response.StartAsync(http.RequestAborted);
            stream.Open();
            operations.TryStart("", request, http.User, stream);
            using var watch = credentials.Watch(http.User, () =>
            {
                operations.StopAll();
                stream.Failed("", new ExecutionError("The token is not valid: sign in again.") { Code = "UNAUTHENTICATED" });
                return Task.CompletedTask;
            }, http.RequestAborted);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            var keepAlive = stream.KeepAliveAsync(stop.Token);
            await stream.Finished.WaitAsync(http.RequestAborted);
            await stop.CancelAsync();
            await keepAlive;
            await stream.DrainAsync();
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it unsubscribes.
        }
        finally
        {
            operations.StopAll();
            counters.ConnectionClosed();
        }
    }
}
