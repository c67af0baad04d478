using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>graphql-transport-ws: init, subscribe, an event as "next", complete, and the socket closes cleanly.</summary>
public sealed class TransportWsTests(TinyServer server) : IClassFixture<TinyServer>
{
    // Generous: a busy machine may be slow, and a passing test never waits this long.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ASubscriberReceivesAPublishedEventAsNext()
    {
        var client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), CancellationToken.None);

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription { onMessage }" } });
        await server.Messages.ObservedAsync().WaitAsync(Patience);
        server.Messages.Publish("over the socket");

        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("1", next.GetProperty("id").GetString());
        Assert.Equal("over the socket", next.GetProperty("payload").GetProperty("data").GetProperty("onMessage").GetString());

        await SendAsync(socket, new { id = "1", type = "complete" });
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(Patience);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult read;
        do
        {
            read = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Patience);
            Assert.True(read.MessageType == WebSocketMessageType.Text, $"Expected a message, got {read.MessageType}: {socket.CloseStatus} {socket.CloseStatusDescription}");
            text.Write(buffer, 0, read.Count);
        }
        while (!read.EndOfMessage);
        return JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone();
    }
}
