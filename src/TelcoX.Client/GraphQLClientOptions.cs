namespace TelcoX.Client;

/// <summary>Where the API is and how to call it.</summary>
public sealed class GraphQLClientOptions
{
    public Uri Endpoint { get; set; } = new("http://127.0.0.1:5080/graphql");

    /// <summary>The graphql-transport-ws endpoint; by default the HTTP endpoint with ws:// or wss://.</summary>
    public Uri? WebSocketEndpoint { get; set; }

    /// <summary>Send <c>documentId</c> instead of the text over HTTP (the API's trusted documents).</summary>
    public bool UsePersistedDocuments { get; set; }

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the websocket may take to connect and acknowledge <c>connection_init</c>.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public Uri ResolveWebSocketEndpoint() => WebSocketEndpoint ?? new UriBuilder(Endpoint)
    {
        Scheme = Endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
    }.Uri;
}
