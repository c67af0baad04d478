using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// A message over <c>Realtime:MaxMessageBytes</c> (64 KB) closes the socket cleanly with 1009 "message too
/// big" on both protocols, over a real TCP connection: the server reads on past it to the client's close,
/// rather than resetting a connection the client is still writing to (which the client sees as 1006).
/// </summary>
public sealed class OversizedMessageTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Create();
    private RealtimeKestrelApi api = null!;

    public Task InitializeAsync()
    {
        api = new RealtimeKestrelApi(database, new Dictionary<string, string>()).Start();
        return Task.CompletedTask;
    }

    // The larger the message, the surer a server that stops reading resets the connection under the client.
    [Theory]
    [InlineData("graphql-transport-ws", "subscribe", 100)]
    [InlineData("graphql-ws", "start", 100)]
    [InlineData("graphql-transport-ws", "subscribe", 2048)]
    [InlineData("graphql-ws", "start", 2048)]
    public async Task AnOversizedMessageClosesWith1009(string protocol, string start, int kilobytes)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api.WebSocketUrl, protocol);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "big", type = start, payload = new { query = "{ __typename }", variables = new { padding = new string('x', kilobytes * 1024) } } });

        Assert.Equal((1009, "message too big"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task AMessageJustUnderTheLimitIsRead(string protocol)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api.WebSocketUrl, protocol);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "q", type = protocol == "graphql-ws" ? "start" : "subscribe", payload = new { query = "{ __typename }", variables = new { padding = new string('x', 60 * 1024) } } });

        Assert.Equal("Query", (await socket.ReceiveOfTypeAsync(protocol == "graphql-ws" ? "data" : "next"))
            .GetProperty("payload").GetProperty("data").GetProperty("__typename").GetString());
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }
}
