using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TelcoX.Client;

/// <summary>
/// Subscriptions over graphql-transport-ws: one socket per client (per scope), opened on the first
/// subscription and shared by the rest. A closed socket ends every enumeration with a TRANSPORT_ERROR
/// result; the next subscription opens a new socket. The document text is always sent here: the API's
/// websocket endpoint does not look persisted ids up.
/// </summary>
public sealed class GraphQLWebSocketTransport(IOptions<GraphQLClientOptions> options, IAccessTokenProvider tokens) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private GraphQLWebSocketConnection? connection;
    private int lastId;

    public async IAsyncEnumerable<OperationResult<JsonElement>> SubscribeAsync(GraphQLOperationRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (socket, failure) = await ConnectAsync(cancellationToken);
        if (socket is null)
        {
            yield return OperationResult<JsonElement>.Failure(GraphQLClientError.Transport(failure!));
            yield break;
        }

        var id = Interlocked.Increment(ref lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var messages = socket.Register(id);
        var running = true;
        try
        {
            if (await TrySubscribeAsync(socket, id, request, cancellationToken) is { } error)
            {
                running = false;
                yield return OperationResult<JsonElement>.Failure(GraphQLClientError.Transport(error));
                yield break;
            }
            await foreach (var message in messages.ReadAllAsync(cancellationToken))
            {
                switch (message.Type)
                {
                    case "next":
                        yield return GraphQLJson.ReadResult(message.Payload);
                        break;
                    case "error":
                        running = false;
                        yield return new OperationResult<JsonElement>(default, GraphQLJson.ReadErrors(message.Payload));
                        yield break;
                    case "complete":
                        running = false;
                        yield break;
                    case WebSocketMessage.Closed:
                        running = false;
                        yield return OperationResult<JsonElement>.Failure(GraphQLClientError.Transport(message.Reason!));
                        yield break;
                }
            }
        }
        finally
        {
            await socket.UnregisterAsync(id, stopOnServer: running);
        }
    }

    private static async Task<string?> TrySubscribeAsync(GraphQLWebSocketConnection socket, string id, GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await socket.SendAsync(new { id, type = "subscribe", payload = GraphQLJson.RequestPayload(request, byId: false) }, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return $"The subscription could not be sent: {exception.Message}";
        }
    }

    private async Task<(GraphQLWebSocketConnection? Socket, string? Failure)> ConnectAsync(CancellationToken cancellationToken)
    {
        await connecting.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true })
                return (connection, null);
            if (connection is not null)
                await connection.DisposeAsync();
            connection = null;
            var settings = options.Value;
            var endpoint = settings.ResolveWebSocketEndpoint();
            try
            {
                var token = await tokens.GetAccessTokenAsync(cancellationToken);
                connection = await GraphQLWebSocketConnection.OpenAsync(endpoint, token, settings.ConnectionTimeout, cancellationToken);
                return (connection, null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, $"The GraphQL API at {endpoint} did not accept the subscription connection within {settings.ConnectionTimeout.TotalSeconds:0.#} s.");
            }
            catch (WebSocketException exception)
            {
                return (null, exception.Message.StartsWith("The GraphQL API", StringComparison.Ordinal)
                    ? exception.Message
                    : $"The GraphQL API at {endpoint} cannot be reached for subscriptions: {exception.Message}");
            }
        }
        finally
        {
            connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
            await connection.DisposeAsync();
        connection = null;
        connecting.Dispose();
    }

    // A DI scope disposed synchronously must not throw over an async-only service.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
