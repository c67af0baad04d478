namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>The "Realtime" configuration section: websocket and server-sent-event transports.</summary>
public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>How long a websocket may stay open without connection_init (then closed with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the legacy graphql-ws protocol sends "ka" and SSE sends a comment line.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// Bytes a connection may have waiting to be sent before it is closed as too slow: thousands of
    /// small events of lag, so only a client that has really stopped keeping up is dropped.
    /// </summary>
    public long SendQueueLimitBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest message a client may send over a websocket.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;
}
