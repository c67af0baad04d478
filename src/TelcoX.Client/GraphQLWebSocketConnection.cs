using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace TelcoX.Client;

/// <summary>
/// One graphql-transport-ws socket carrying many subscriptions, each with its own id and message channel.
/// When the socket closes, every subscription receives a readable "closed" message and ends.
/// </summary>
internal sealed class GraphQLWebSocketConnection : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, Channel<WebSocketMessage>> subscriptions = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Uri endpoint;
    private Task receiving = Task.CompletedTask;
    private volatile string? closedReason;

    private GraphQLWebSocketConnection(Uri endpoint) => this.endpoint = endpoint;

    public bool IsOpen => closedReason is null && socket.State == WebSocketState.Open;

    /// <summary>Connects, sends <c>connection_init</c> with the bearer token and waits for <c>connection_ack</c>.</summary>
    public static async Task<GraphQLWebSocketConnection> OpenAsync(Uri endpoint, string? token, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connection = new GraphQLWebSocketConnection(endpoint);
        connection.socket.Options.AddSubProtocol("graphql-transport-ws");
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(timeout);
        try
        {
            await connection.socket.ConnectAsync(endpoint, connecting.Token);
            var payload = new Dictionary<string, string>();
            if (token is { Length: > 0 })
                payload["Authorization"] = $"Bearer {token}";
            await connection.SendAsync(new { type = "connection_init", payload }, connecting.Token);
            var ack = await connection.ReceiveAsync(connecting.Token);
            if (ack?.Type != "connection_ack")
                throw new WebSocketException(connection.DescribeClose("refused the connection"));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        connection.receiving = Task.Run(connection.ReceiveLoopAsync);
        return connection;
    }

    public ChannelReader<WebSocketMessage> Register(string id)
    {
        var channel = Channel.CreateUnbounded<WebSocketMessage>(new UnboundedChannelOptions { SingleReader = true });
        subscriptions[id] = channel;
        if (closedReason is { } reason)
            channel.Writer.TryWrite(WebSocketMessage.ConnectionClosed(reason));
        return channel.Reader;
    }

    /// <summary>Forgets a subscription; tells the server to stop it when it may still be running.</summary>
    public async Task UnregisterAsync(string id, bool stopOnServer)
    {
        subscriptions.TryRemove(id, out _);
        if (stopOnServer && IsOpen)
        {
            try { await SendAsync(new { id, type = "complete" }, CancellationToken.None); }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    public async Task SendAsync(object message, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, GraphQLJson.Options);
        await sendLock.WaitAsync(cancellationToken);
        try { await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken); }
        finally { sendLock.Release(); }
    }

    private async Task ReceiveLoopAsync()
    {
        var reason = "";
        try
        {
            while (await ReceiveAsync(stopping.Token) is { } message)
            {
                if (message.Type == "ping")
                    await SendAsync(new { type = "pong" }, stopping.Token);
                else if (message.Id is { } id && subscriptions.TryGetValue(id, out var channel))
                    channel.Writer.TryWrite(message);
            }
            reason = DescribeClose("closed the connection");
        }
        catch (Exception exception) // whatever broke the socket, every subscriber must hear why
        {
            reason = stopping.IsCancellationRequested
                ? $"The subscription connection to {endpoint} was closed by the client."
                : $"The subscription connection to {endpoint} was lost: {exception.Message}";
        }
        finally
        {
            closedReason = reason;
            foreach (var channel in subscriptions.Values)
            {
                channel.Writer.TryWrite(WebSocketMessage.ConnectionClosed(reason));
                channel.Writer.TryComplete();
            }
        }
    }

    // Null once the server closes the socket.
    private async Task<WebSocketMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }
            buffer.Write(chunk, 0, received.Count);
            if (received.EndOfMessage)
                return WebSocketMessage.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
    }

    private string DescribeClose(string what) => socket.CloseStatus is { } status
        ? $"The GraphQL API at {endpoint} {what} ({(int)status}{(string.IsNullOrEmpty(socket.CloseStatusDescription) ? "" : ": " + socket.CloseStatusDescription)})."
        : $"The GraphQL API at {endpoint} {what}.";

    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        if (socket.State == WebSocketState.Open)
        {
            using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client disposed", closing.Token); }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException) { }
        }
        await receiving; // never throws: the loop reports its failures to the subscribers
        socket.Dispose();
        stopping.Dispose();
    }
}
