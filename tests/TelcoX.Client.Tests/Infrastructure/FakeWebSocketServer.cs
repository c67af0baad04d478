using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TelcoX.Client.Tests.Infrastructure;

/// <summary>
/// A scripted graphql-transport-ws server on loopback: acknowledges, records what clients send, and closes
/// the socket with 1011 once <see cref="CloseAfterSubscriptions"/> subscriptions have arrived.
/// </summary>
public sealed class FakeWebSocketServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeWebSocketServer(int closeAfterSubscriptions)
    {
        CloseAfterSubscriptions = closeAfterSubscriptions;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.UseWebSockets();
        app.Map("/graphql", ServeAsync);
    }

    public int CloseAfterSubscriptions { get; }

    public int Connections;

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public Uri Endpoint => new(app.Urls.Single() + "/graphql");

    public static async Task<FakeWebSocketServer> StartAsync(int closeAfterSubscriptions)
    {
        var server = new FakeWebSocketServer(closeAfterSubscriptions);
        await server.app.StartAsync();
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        Interlocked.Increment(ref Connections);
        var subscriptions = 0;
        var buffer = new byte[16384];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            if (received.MessageType == WebSocketMessageType.Close)
                return;
            var message = JsonDocument.Parse(buffer.AsMemory(0, received.Count)).RootElement.Clone();
            Received.Enqueue(message);
            switch (message.GetProperty("type").GetString())
            {
                case "connection_init":
                    await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"connection_ack"}"""), WebSocketMessageType.Text, true, default);
                    break;
                case "subscribe" when ++subscriptions == CloseAfterSubscriptions:
                    await socket.CloseAsync(WebSocketCloseStatus.InternalServerError, "server going away", default);
                    return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
