using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>The graphql-transport-ws protocol over a real websocket to the in-memory server.</summary>
public sealed class GraphQLTransportWsTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    private const string Protocol = "graphql-transport-ws";

    [Fact]
    public async Task ASubscriberReceivesTheStockAMutationOverHttpSetsThenCompletes()
    {
        var productId = api.AnyProductId();
        using (var socket = await GraphQLSocket.ConnectAsync(api, Protocol))
        {
            Assert.Equal(Protocol, socket.Socket.SubProtocol);
            await socket.InitAsync();
            await socket.SendAsync(Subscribe("s1", OnInventoryChanged, new { id = productId }));
            await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");

            await api.CreateClient(Role.Admin).QueryDataAsync(SetInventory, new { id = productId, q = 41 });
            await api.CreateClient(Role.Admin).QueryDataAsync(SetInventory, new { id = productId, q = 42 });

            var first = await socket.ReceiveOfTypeAsync("next");
            Assert.Equal("s1", first.GetProperty("id").GetString());
            Assert.Equal(productId, first.GetProperty("payload").GetProperty("data").GetProperty("onInventoryChanged").GetProperty("productId").GetInt32());
            var second = await socket.ReceiveOfTypeAsync("next");
            Assert.Equal(42, second.GetProperty("payload").GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32());

            await socket.SendAsync(new { id = "s1", type = "complete" });
            await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 0, "the bus subscription to end");
            await socket.SendAsync(new { type = "ping" });
            await socket.ReceiveOfTypeAsync("pong");
        }
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task QueriesAndMutationsAnswerOneNextThenComplete()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("q1", """{ consumption(msisdn: "593988877766") { minutes } }"""));

        var next = await socket.ReceiveOfTypeAsync("next");
        Assert.Equal(await StoredConsumption.MinutesAsync(api.Services, "593988877766"),
            next.GetProperty("payload").GetProperty("data").GetProperty("consumption").GetProperty("minutes").GetInt32());
        Assert.Equal("q1", (await socket.ReceiveOfTypeAsync("complete")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnInvalidDocumentIsAnErrorMessageAndTheConnectionStays()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("bad", "subscription { noSuchField }"));

        var error = await socket.ReceiveOfTypeAsync("error");
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("noSuchField", error.GetProperty("payload")[0].GetProperty("message").GetString());
        await socket.SendAsync(new { type = "ping" });
        await socket.ReceiveOfTypeAsync("pong");
    }

    [Fact]
    public async Task AnAnonymousNotificationSubscriberIsUnauthenticated()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("n", "subscription { onNotification { id message } }"));

        var error = await socket.ReceiveOfTypeAsync("error");
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task NoConnectionInitInTimeClosesWith4408()
    {
        // Its own server: with the fixture's default timeout this test would wait long, and with a
        // short one a busy machine could time out the other tests' sockets before their first message.
        await using var shortTimeout = new ShortInitTimeoutApi();
        using var socket = await GraphQLSocket.ConnectAsync(shortTimeout, Protocol);
        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ADuplicateSubscriptionIdClosesWith4409()
    {
        var productId = api.AnyProductId();
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("dup", OnInventoryChanged, new { id = productId }));
        await socket.SendAsync(Subscribe("dup", OnInventoryChanged, new { id = productId }));

        Assert.Equal((4409, "Subscriber for dup already exists"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"no_such_type"}""", 4400)]
    [InlineData("not json", 4400)]
    [InlineData("""{"type":"subscribe","id":"x","payload":{}}""", 4401)]
    public async Task ProtocolViolationsCloseWithTheirCode(string message, int code)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.SendTextAsync(message);
        Assert.Equal(code, (await socket.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task ASecondConnectionInitClosesWith4429()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASubscribeWithoutQueryClosesWith4400()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "x", type = "subscribe", payload = new { } });
        Assert.Equal(4400, (await socket.ReceiveCloseAsync()).Code);
    }

    private sealed class ShortInitTimeoutApi : RealtimeApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Realtime:ConnectionInitTimeout", "00:00:01");
        }
    }
}
