using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>A test's end of a GraphQL websocket: send objects as JSON, receive messages or the close.</summary>
public sealed class GraphQLSocket(WebSocket socket) : IDisposable
{
    public static Task<GraphQLSocket> ConnectAsync(WebApplicationFactory<Program> api, string subprotocol) =>
        // Staff on the upgrade request (an AGENT machine key), as an admin screen would connect.
        ConnectAsync(api, subprotocol, AuthenticatedClients.DevelopmentApiKey);

    /// <summary>As a browser connects: no header on the upgrade request unless an API key is given.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(WebApplicationFactory<Program> api, string subprotocol, string? apiKey)
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subprotocol);
        if (apiKey is not null)
            client.ConfigureRequest = request => request.Headers["X-API-Key"] = apiKey;
        return new GraphQLSocket(await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>A real client socket, e.g. to the app on Kestrel; <paramref name="invoker"/> can shape its TCP connection.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(Uri url, string subprotocol, HttpMessageInvoker? invoker = null)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol(subprotocol);
        client.Options.SetRequestHeader("X-API-Key", AuthenticatedClients.DevelopmentApiKey);
        await client.ConnectAsync(url, invoker, CancellationToken.None);
        return new GraphQLSocket(client);
    }

    public WebSocket Socket => socket;

    private readonly byte[] buffer = new byte[16 * 1024];

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, skipping legacy "ka" keep-alives; fails on a close or after the timeout.</summary>
    public async Task<JsonElement> ReceiveAsync(int timeoutMs = 10_000)
    {
        while (true)
        {
            var (type, text) = await ReceiveRawAsync(timeoutMs);
            Assert.True(type == WebSocketMessageType.Text, $"Expected a message, got {type}: {socket.CloseStatus} {socket.CloseStatusDescription}");
            var message = JsonDocument.Parse(text).RootElement.Clone();
            if (message.GetProperty("type").GetString() != "ka") return message;
        }
    }

    public async Task<JsonElement> ReceiveOfTypeAsync(string type)
    {
        var message = await ReceiveAsync();
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected {type}, got {message}");
        return message;
    }

    /// <summary>Reads until the server closes; returns its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync(int timeoutMs = 10_000)
    {
        while (true)
        {
            var (type, _) = await ReceiveRawAsync(timeoutMs);
            if (type == WebSocketMessageType.Close) return ((int)socket.CloseStatus!.Value, socket.CloseStatusDescription);
        }
    }

    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(new { type = "connection_init", payload = payload ?? new { } });
        await ReceiveOfTypeAsync("connection_ack");
    }

    public void Dispose() => socket.Dispose();

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveRawAsync(int timeoutMs)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        using var text = new MemoryStream();
        WebSocketReceiveResult read;
        do
        {
            read = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Write(buffer, 0, read.Count);
        } while (!read.EndOfMessage);
        return (read.MessageType, Encoding.UTF8.GetString(text.ToArray()));
    }
}
