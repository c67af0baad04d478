using System.Text.Json;
using TelcoX.Client.Tests.Infrastructure;

namespace TelcoX.Client.Tests.Runtime;

/// <summary>The websocket transport against a scripted server: one socket per client, the JWT, closing.</summary>
public sealed class WebSocketTransportTests
{
    [Fact]
    public async Task SubscriptionsShareOneSocketAndAClosedSocketEndsEachWithAReadableError()
    {
        await using var server = await FakeWebSocketServer.StartAsync(closeAfterSubscriptions: 2);
        await using var host = new ClientHost(server.Endpoint, token: "jwt-123");

        var results = await Task.WhenAll(host.Client.OnInventoryChanged(1).CollectAsync(), host.Client.OnInventoryChanged(2).CollectAsync());

        Assert.Equal(1, server.Connections);
        foreach (var result in results)
        {
            var error = Assert.Single(Assert.Single(result).Errors);
            Assert.Equal(GraphQLClientError.TransportErrorCode, error.Code);
            Assert.Equal($"The GraphQL API at ws://{server.Endpoint.Authority}/graphql closed the connection (1011: server going away).", error.Message);
        }
        var subscribes = server.Received.Where(m => m.GetProperty("type").GetString() == "subscribe").ToList();
        Assert.Equal(["1", "2"], subscribes.Select(m => m.GetProperty("id").GetString()).Order());
        Assert.All(subscribes, m => Assert.Equal("OnInventoryChanged", m.GetProperty("payload").GetProperty("operationName").GetString()));
    }

    [Fact]
    public async Task TheJwtTravelsInConnectionInit()
    {
        await using var server = await FakeWebSocketServer.StartAsync(closeAfterSubscriptions: 1);
        await using var host = new ClientHost(server.Endpoint, token: "jwt-123");

        await host.Client.OnInventoryChanged(7).CollectAsync();

        var init = server.Received.First();
        Assert.Equal("connection_init", init.GetProperty("type").GetString());
        Assert.Equal("Bearer jwt-123", init.GetProperty("payload").GetProperty("Authorization").GetString());
        var subscribe = server.Received.Last().GetProperty("payload");
        Assert.Equal(7, subscribe.GetProperty("variables").GetProperty("productId").GetInt32());
        Assert.StartsWith("subscription OnInventoryChanged", subscribe.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Undefined, subscribe.TryGetProperty("documentId", out var id) ? id.ValueKind : JsonValueKind.Undefined);
    }

    [Fact]
    public async Task AfterAClosedSocketTheNextSubscriptionOpensANewOne()
    {
        await using var server = await FakeWebSocketServer.StartAsync(closeAfterSubscriptions: 1);
        await using var host = new ClientHost(server.Endpoint);

        await host.Client.OnInventoryChanged(1).CollectAsync();
        await host.Client.OnInventoryChanged(1).CollectAsync();

        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task CancellingASubscriptionTellsTheServerToStopIt()
    {
        await using var server = await FakeWebSocketServer.StartAsync(closeAfterSubscriptions: 0);
        await using var host = new ClientHost(server.Endpoint);
        using var cancel = new CancellationTokenSource();

        var running = host.Client.OnInventoryChanged(3, cancel.Token).CollectAsync();
        await Eventually(() => server.Received.Any(m => Type(m) == "subscribe"));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await Eventually(() => server.Received.Any(m => Type(m) == "complete" && m.GetProperty("id").GetString() == "1"));
    }

    private static string? Type(JsonElement message) => message.GetProperty("type").GetString();

    private static async Task Eventually(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 200, "The server never saw the expected message.");
            await Task.Delay(50);
        }
    }
}
