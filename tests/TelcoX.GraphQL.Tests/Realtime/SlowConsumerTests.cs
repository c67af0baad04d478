using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>A client that stops reading is closed; the others and the mutations do not wait for it.</summary>
public sealed class SlowConsumerTests
{
    private const int Events = 600;

    [Fact]
    public async Task AClientThatDoesNotReadIsClosedWhileAFastOneKeepsReceivingAndMutationsStayFast()
    {
        await using var database = TestDatabase.Create();
        await using var api = new RealtimeKestrelApi(database, new Dictionary<string, string> { ["Realtime:SendQueueLimitBytes"] = "65536", ["GraphQL:Limits:MaxAliases"] = "400" }) { SmallSendBuffers = true }.Start();
        var productId = 1;
        // ~3 KB per event for the slow client, so its TCP buffers fill quickly (300 aliases: the limit is raised above).
        var bulky = "subscription ($id: Int!) { onInventoryChanged(productId: $id) { " +
            string.Join(' ', Enumerable.Range(0, 300).Select(i => $"q{i}: quantity")) + " } }";
        using var slow = await GraphQLSocket.ConnectAsync(api.WebSocketUrl, "graphql-transport-ws", TinyReceiveBuffer());
        await slow.InitAsync();
        await slow.SendAsync(Subscribe("slow", bulky, new { id = productId }));
        using var fast = await GraphQLSocket.ConnectAsync(api.WebSocketUrl, "graphql-transport-ws");
        await fast.InitAsync();
        await fast.SendAsync(Subscribe("fast", OnInventoryChanged, new { id = productId }));
        await EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 2, "both subscriptions");
        var received = 0;
        var reading = Task.Run(async () =>
        {
            while (true)
            {
                var message = await fast.ReceiveAsync(30_000);
                if (message.GetProperty("type").GetString() == "next") Interlocked.Increment(ref received);
            }
        });

        var bus = api.Services.GetRequiredService<EventBus>();
        // A steady stream a reading client keeps up with, not one burst larger than any queue.
        for (var i = 0; i < Events; i++)
        {
            await bus.PublishAsync(new InventoryChanged(productId, i));
            if (i % 10 == 9) await Task.Delay(10);
        }
        await EventRecorder<object>.WaitUntilAsync(() => api.Connections.Connections == 1, "the slow client to be closed", 20_000);

        using var http = api.CreateHttpClient();
        var slowest = TimeSpan.Zero;
        for (var q = 0; q < 20; q++)
        {
            var clock = Stopwatch.StartNew();
            await http.QueryDataAsync(SetInventory, new { id = productId, q });
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }
        await EventRecorder<object>.WaitUntilAsync(() => Volatile.Read(ref received) == Events + 20 || reading.IsCompleted, "every event on the fast client", 30_000);
        Assert.False(reading.IsCompleted, $"The fast client stopped reading after {received} events: {reading.Exception}");
        Assert.Equal(Events + 20, received);
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"A mutation took {slowest}.");
        Assert.Equal(1, api.Router.SubscriptionCount);
        Assert.False(reading.IsFaulted, reading.Exception?.ToString());
    }

    /// <summary>A client socket with a small receive window, so the server's sends soon block.</summary>
    private static HttpMessageInvoker TinyReceiveBuffer() => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });
}
