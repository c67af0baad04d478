using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>Two instances over one database (MariaDB when configured, else one SQLite file) and one private Redis.</summary>
public sealed class TwoInstancesTests
{
    private const string Msisdn = "0969786985";

    [Fact]
    public async Task ASubscriberOnOneInstanceReceivesAMutationMadeOnTheOther()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = TestDatabase.Create();
        var settings = new Dictionary<string, string> { ["Redis:Connection"] = redis.Connection };
        await using var a = new RealtimeKestrelApi(database, settings).Start();
        await using var b = new RealtimeKestrelApi(database, settings).Start();

        using var socket = await GraphQLSocket.ConnectAsync(a.WebSocketUrl, "graphql-transport-ws");
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("u", $$"""subscription { onUsageUpdated(msisdn: "{{Msisdn}}") { msisdn consumption { minutes } dataPlan { usedBytes } } }"""));
        await EventRecorder<object>.WaitUntilAsync(() => a.Router.SubscriptionCount == 2, "the usage and consumption bus subscriptions on A");

        using var http = b.CreateHttpClient();
        var recorded = await http.QueryDataAsync(
            $$"""mutation { recordUsageEvent(input: { msisdn: "{{Msisdn}}", category: SOCIAL, bytes: 4096 }) { dataPlan { usedBytes } } }""");
        var usedBytes = recorded.GetProperty("recordUsageEvent").GetProperty("dataPlan").GetProperty("usedBytes").GetInt64();

        var next = await socket.ReceiveOfTypeAsync("next");
        var snapshot = next.GetProperty("payload").GetProperty("data").GetProperty("onUsageUpdated");
        Assert.Equal(Msisdn, snapshot.GetProperty("msisdn").GetString());
        Assert.Equal(usedBytes, snapshot.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64());
        Assert.Equal(await StoredConsumption.MinutesAsync(b.Services, Msisdn), snapshot.GetProperty("consumption").GetProperty("minutes").GetInt32());
    }
}
