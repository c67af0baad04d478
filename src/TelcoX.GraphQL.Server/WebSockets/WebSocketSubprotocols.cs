namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>The two GraphQL websocket subprotocols, picked by Sec-WebSocket-Protocol.</summary>
public static class WebSocketSubprotocols
{
    /// <summary>The graphql-ws library's protocol (GraphQL over WebSocket).</summary>
    public const string GraphQLTransportWs = "graphql-transport-ws";

    /// <summary>The legacy subscriptions-transport-ws protocol (Apollo's, named "graphql-ws").</summary>
    public const string GraphQLWs = "graphql-ws";

    /// <summary>The client's first choice we speak, or null when we speak none of them.</summary>
    public static string? Choose(IList<string> requested) =>
        requested.FirstOrDefault(p => p is GraphQLTransportWs or GraphQLWs);
}
