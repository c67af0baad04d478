using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// Accepts a websocket at /graphql with the subprotocol the client asked for and runs it until
/// either side closes; then every operation of the connection is stopped and its bus subscriptions
/// released. A client asking for neither subprotocol is accepted and closed with 4406.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    GraphQLOperationExecutor executor, SharedSubscriptions shared, ResultSerializer serializer, MessageWriter writer, GraphQLRequestParser parser, ConnectionAuthenticator authenticator,
    RealtimeConnections counters, IOptions<RealtimeOptions> options, ILogger<GraphQLWebSocketHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var subprotocol = WebSocketSubprotocols.Choose(http.WebSockets.WebSocketRequestedProtocols);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(subprotocol);
        using var connection = new WebSocketConnection(socket, options.Value, http.RequestAborted);
        counters.ConnectionOpened();
        var operations = new ConnectionOperations(executor, shared, serializer, counters, logger);
        try
        {
            if (subprotocol is null)
            {
                await connection.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
                await connection.ReceiveAsync(_ => Task.CompletedTask);
                return;
            }
            var session = new WebSocketSession(http, connection, operations, writer, parser, authenticator, options.Value);
            if (subprotocol == WebSocketSubprotocols.GraphQLTransportWs)
            {
                var protocol = new GraphQLTransportWsProtocol(session);
                protocol.Start();
                await connection.ReceiveAsync(protocol.ReceiveAsync);
            }
            else
            {
                var protocol = new GraphQLWsProtocol(session);
                protocol.Start();
                await connection.ReceiveAsync(protocol.ReceiveAsync);
            }
        }
        finally
        {
            operations.StopAll();
            counters.ConnectionClosed();
        }
    }
}
