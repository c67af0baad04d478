using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>The legacy subscriptions-transport-ws protocol ("graphql-ws") over a real websocket.</summary>
public sealed class GraphQLWsLegacyTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    private const string Protocol = "graphql-ws";

    [Fact]
    public async Task AStartedSubscriptionReceivesDataAndStopAnswersComplete()
    {
        var productId = api.AnyProductId();
        using (var socket = await GraphQLSocket.ConnectAsync(api, Protocol))
        {
            Assert.Equal(Protocol, socket.Socket.SubProtocol);
            await socket.InitAsync();
            await socket.SendAsync(Start("1", OnInventoryChanged, new { id = productId }));
            await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");

            await api.CreateClient(Role.Admin).QueryDataAsync(SetInventory, new { id = productId, q = 5 });

            var data = await socket.ReceiveOfTypeAsync("data");
            Assert.Equal("1", data.GetProperty("id").GetString());
            Assert.Equal(5, data.GetProperty("payload").GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32());
            await socket.SendAsync(new { id = "1", type = "stop" });
            Assert.Equal("1", (await socket.ReceiveOfTypeAsync("complete")).GetProperty("id").GetString());
            await socket.SendAsync(new { type = "connection_terminate" });
            Assert.Equal(1000, (await socket.ReceiveCloseAsync()).Code);
        }
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task TheAckIsFollowedByAKeepAlive()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.SendAsync(new { type = "connection_init", payload = new { } });
        await socket.ReceiveOfTypeAsync("connection_ack");
        var (_, text) = await ReceiveTextAsync(socket);
        Assert.Contains("\"ka\"", text);
    }

    [Fact]
    public async Task AQueryAnswersDataThenComplete()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(Start("q", """{ consumption(msisdn: "593912345678") { minutes } }"""));
        Assert.True((await socket.ReceiveOfTypeAsync("data")).GetProperty("payload").GetProperty("data").TryGetProperty("consumption", out _));
        await socket.ReceiveOfTypeAsync("complete");
    }

    [Fact]
    public async Task AnUnknownMessageTypeIsAnErrorMessage()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "z", type = "bogus" });
        var error = await socket.ReceiveOfTypeAsync("error");
        Assert.Equal("Invalid message type!", error.GetProperty("payload").GetProperty("message").GetString());
    }

    /// <summary>As graphql-transport-ws refuses it: a second init neither signs in again nor starts a second keep-alive.</summary>
    [Fact]
    public async Task ASecondConnectionInitIsAConnectionErrorThenA4429Close()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol, apiKey: null);
        await socket.InitAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {await api.TokenAsync(Role.Admin)}" } });

        var error = await socket.ReceiveOfTypeAsync("connection_error");
        Assert.Equal("Too many initialisation requests", error.GetProperty("payload").GetProperty("message").GetString());
        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    private static async Task<(System.Net.WebSockets.WebSocketMessageType, string)> ReceiveTextAsync(GraphQLSocket socket)
    {
        var buffer = new byte[4096];
        var read = await socket.Socket.ReceiveAsync(buffer, new CancellationTokenSource(5_000).Token);
        return (read.MessageType, System.Text.Encoding.UTF8.GetString(buffer, 0, read.Count));
    }
}
