using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace TelcoX.Bench.Load;

/// <summary>
/// A minimal graphql-transport-ws client: init, wait for the ack, subscribe, answer pings, and note
/// when each "next" arrives (Stopwatch ticks). Enough to count and time a fan-out.
/// </summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly TaskCompletionSource acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? receiving;

    public List<long> Arrivals { get; } = [];
    public string? Failure { get; private set; }

    public static async Task<TransportWsClient> ConnectAsync(Uri endpoint, string? apiKey, CancellationToken ct)
    {
        var client = new TransportWsClient();
        client.socket.Options.AddSubProtocol("graphql-transport-ws");
        client.socket.Options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
        if (apiKey is not null)
            client.socket.Options.SetRequestHeader("X-API-Key", apiKey);
        await client.socket.ConnectAsync(endpoint, ct);
        client.receiving = client.ReceiveLoopAsync();
        await client.SendAsync("""{"type":"connection_init","payload":{}}""");
        await client.acknowledged.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return client;
    }

    public Task SubscribeAsync(string query, object variables) =>
        SendAsync(System.Text.Json.JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query, variables } }));

    public int Received { get { lock (Arrivals) return Arrivals.Count; } }

    private async Task SendAsync(string message)
    {
        await sending.WaitAsync();
        try { await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { sending.Release(); }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[4096];
        var message = new StringBuilder();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
                message.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage)
                    continue;
                var text = message.ToString();
                message.Clear();
                if (text.Contains("\"next\"", StringComparison.Ordinal))
                    lock (Arrivals) Arrivals.Add(Stopwatch.GetTimestamp());
                else if (text.Contains("\"connection_ack\"", StringComparison.Ordinal))
                    acknowledged.TrySetResult();
                else if (text.Contains("\"ping\"", StringComparison.Ordinal))
                    await SendAsync("""{"type":"pong"}""");
                else if (!text.Contains("\"pong\"", StringComparison.Ordinal))
                    Failure ??= text;
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        if (socket.CloseStatus is { } status && status != WebSocketCloseStatus.NormalClosure)
            Failure ??= $"closed {(int)status} {socket.CloseStatusDescription}";
        acknowledged.TrySetException(new InvalidOperationException(Failure ?? "closed before connection_ack"));
    }

    public async ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        if (receiving is not null)
            await receiving;
    }

    /// <summary>Opens many clients, a bounded number at a time.</summary>
    public static async Task<List<TransportWsClient>> ConnectManyAsync(Uri endpoint, string? apiKey, int count, int parallel = 64)
    {
        var clients = new TransportWsClient[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
            clients[i] = await ConnectAsync(endpoint, apiKey, ct));
        return [.. clients];
    }
}
