using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace TelcoX.Bench.Floor;

/// <summary>
/// P6's floor: the least a graphql-transport-ws server can do — ack, pong, remember subscriptions by
/// line, and on an event read the line's snapshot once and queue it to each subscriber's own sender.
/// </summary>
public sealed class FloorFanOut
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<FloorSocket, string>> byLine = new();

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        var connection = new FloorSocket(socket);
        var sending = connection.SendLoopAsync();
        try
        {
            await foreach (var message in connection.ReceiveAsync(http.RequestAborted))
                Handle(connection, message);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            foreach (var subscribers in byLine.Values)
                subscribers.TryRemove(connection, out _);
            connection.Complete();
            await sending;
        }
    }

    private void Handle(FloorSocket connection, JsonDocument message)
    {
        using (message)
        {
            var root = message.RootElement;
            switch (root.GetProperty("type").GetString())
            {
                case "connection_init": connection.Enqueue("""{"type":"connection_ack"}"""u8.ToArray()); break;
                case "ping": connection.Enqueue("""{"type":"pong"}"""u8.ToArray()); break;
                case "subscribe":
                    var msisdn = root.GetProperty("payload").GetProperty("variables").GetProperty("msisdn").GetString()!;
                    byLine.GetOrAdd(msisdn, _ => new())[connection] = root.GetProperty("id").GetString()!;
                    break;
            }
        }
    }

    public async Task PublishAsync(FloorDatabase db, string msisdn, CancellationToken ct)
    {
        if (!byLine.TryGetValue(msisdn, out var subscribers) || subscribers.IsEmpty)
            return;
        var payload = await SnapshotAsync(db, msisdn, ct);
        foreach (var (connection, id) in subscribers)
            connection.Enqueue([.. "{\"id\":\""u8, .. Encoding.UTF8.GetBytes(id), .. "\",\"type\":\"next\",\"payload\":"u8, .. payload, (byte)'}']);
    }

    /// <summary>The snapshot's three reads (line, consumption, active plan), once for all subscribers.</summary>
    private static async Task<byte[]> SnapshotAsync(FloorDatabase db, string msisdn, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var lineId = Convert.ToInt32(await connection.Command(UsageSql.LineId, null, ("@__msisdn_0", msisdn)).ExecuteScalarAsync(ct));
        var buffer = new MemoryStream();
        await using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("onUsageUpdated");
        writer.WriteString("msisdn", msisdn);
        await using (var consumption = await connection.Command(UsageSql.Consumption, null, ("@__line_Id_0", lineId)).ExecuteReaderAsync(ct))
        {
            writer.WritePropertyName("consumption");
            if (await consumption.ReadAsync(ct))
            {
                writer.WriteStartObject();
                writer.WriteNumber("balance", consumption.GetDecimal(1));
                writer.WriteNumber("dataMb", consumption.GetDecimal(2));
                writer.WriteNumber("minutes", consumption.GetInt32(3));
                writer.WriteEndObject();
            }
            else
                writer.WriteNullValue();
        }
        await using (var plan = await connection.Command(SummarySql.ActiveDataPlan, null, ("@__phoneLineId_0", lineId)).ExecuteReaderAsync(ct))
        {
            writer.WritePropertyName("dataPlan");
            if (await plan.ReadAsync(ct))
            {
                writer.WriteStartObject();
                writer.WriteNumber("usedBytes", plan.GetInt64(10));
                writer.WriteEndObject();
            }
            else
                writer.WriteNullValue();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
        return buffer.ToArray();
    }
}

/// <summary>One websocket with its own unbounded send queue: publishers never wait on a socket.</summary>
public sealed class FloorSocket(WebSocket socket)
{
    private readonly Channel<byte[]> outbound = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(byte[] message) => outbound.Writer.TryWrite(message);

    public void Complete() => outbound.Writer.TryComplete();

    public async Task SendLoopAsync()
    {
        try
        {
            await foreach (var message in outbound.Reader.ReadAllAsync())
                await socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
    }

    public async IAsyncEnumerable<JsonDocument> ReceiveAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new byte[4096];
        var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
                yield break;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
                continue;
            yield return JsonDocument.Parse(message.ToArray());
            message.SetLength(0);
        }
    }
}
