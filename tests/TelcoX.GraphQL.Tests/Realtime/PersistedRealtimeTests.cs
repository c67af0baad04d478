using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// Trusted documents over websockets (both protocols) and SSE, as over HTTP: a persisted id runs,
/// an unknown id or a text outside the store is refused for that operation alone under GraphQL:OnlyPersisted.
/// </summary>
public sealed class PersistedRealtimeTests(TrustedRealtimeApiFactory api) : IClassFixture<TrustedRealtimeApiFactory>
{
    private const string TransportWs = "graphql-transport-ws";
    private const string LegacyWs = "graphql-ws";
    private const string UnknownId = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    private const string Arbitrary = """{ consumption(msisdn: "593988877766") { minutes } }""";

    [Fact]
    public async Task GraphQLTransportWsRunsASubscriptionByDocumentIdAlone()
    {
        var productId = api.AnyProductId();
        using (var socket = await GraphQLSocket.ConnectAsync(api, TransportWs))
        {
            await socket.InitAsync();
            await socket.SendAsync(new { id = "s1", type = "subscribe", payload = new { documentId = TrustedRealtimeApiFactory.IdOf(OnInventoryChanged), variables = new { id = productId } } });
            await SetStockAsync(productId, 17);

            var next = await socket.ReceiveOfTypeAsync("next");
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(17, Quantity(next.GetProperty("payload")));
        }
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task GraphQLTransportWsRefusesAnUnknownIdAndAnyTextWithAnErrorForThatOperationAlone()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, TransportWs);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "unknown", type = "subscribe", payload = new { documentId = UnknownId } });
        var notFound = await socket.ReceiveOfTypeAsync("error");
        await socket.SendAsync(Subscribe("text", Arbitrary));
        var onlyPersisted = await socket.ReceiveOfTypeAsync("error");

        Assert.Equal("unknown", notFound.GetProperty("id").GetString());
        Assert.Equal(("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"), CodeAndMessage(notFound.GetProperty("payload")[0]));
        Assert.Equal("text", onlyPersisted.GetProperty("id").GetString());
        Assert.Equal(("PERSISTED_QUERY_ONLY", "Only persisted documents are accepted."), CodeAndMessage(onlyPersisted.GetProperty("payload")[0]));
        await socket.SendAsync(new { type = "ping" });
        await socket.ReceiveOfTypeAsync("pong");
    }

    [Fact]
    public async Task LegacyGraphQLWsRunsASubscriptionByApolloHash()
    {
        var productId = api.AnyProductId();
        var hash = PersistedDocumentStore.Hash(OnInventoryChanged);
        using (var socket = await GraphQLSocket.ConnectAsync(api, LegacyWs))
        {
            await socket.InitAsync();
            await socket.SendAsync(new { id = "1", type = "start", payload = new { variables = new { id = productId }, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } } });
            await SetStockAsync(productId, 18);

            Assert.Equal(18, Quantity((await socket.ReceiveOfTypeAsync("data")).GetProperty("payload")));
        }
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task LegacyGraphQLWsAnswersARefusedDocumentWithErrorsThenComplete()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, LegacyWs);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "unknown", type = "start", payload = new { documentId = UnknownId } });
        var notFound = await socket.ReceiveOfTypeAsync("data");
        await socket.ReceiveOfTypeAsync("complete");
        await socket.SendAsync(Start("text", Arbitrary));
        var onlyPersisted = await socket.ReceiveOfTypeAsync("data");
        await socket.ReceiveOfTypeAsync("complete");

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", CodeAndMessage(notFound.GetProperty("payload").GetProperty("errors")[0]).Code);
        Assert.False(notFound.GetProperty("payload").TryGetProperty("data", out _));
        Assert.Equal("PERSISTED_QUERY_ONLY", CodeAndMessage(onlyPersisted.GetProperty("payload").GetProperty("errors")[0]).Code);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.Socket.State);
    }

    [Fact]
    public async Task SseRunsASubscriptionByDocumentIdAlone()
    {
        var productId = api.AnyProductId();
        using (var client = api.CreateClient(Role.ApiKey))
        using (var response = await client.SendAsync(SseRequest(new { documentId = TrustedRealtimeApiFactory.IdOf(OnInventoryChanged), variables = new { id = productId } }),
                   HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            await SetStockAsync(productId, 19);

            Assert.Equal("event: next", await ReadEventLineAsync(reader));
            var data = (await reader.ReadLineAsync())!;
            Assert.Equal(19, Quantity(JsonDocument.Parse(data["data: ".Length..]).RootElement));
        }
        await api.AllReleasedAsync();
    }

    [Theory]
    [InlineData(UnknownId, null, "PERSISTED_QUERY_NOT_FOUND")]
    [InlineData(null, Arbitrary, "PERSISTED_QUERY_ONLY")]
    public async Task SseAnswersARefusedDocumentWithOneErrorEventThenComplete(string? documentId, string? query, string code)
    {
        using var client = api.CreateClient(Role.ApiKey);
        using var response = await client.SendAsync(SseRequest(new { documentId, query }));
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => !e.StartsWith(':')).ToList();

        Assert.Equal(2, events.Count);
        Assert.StartsWith("event: next\ndata: ", events[0]);
        var payload = JsonDocument.Parse(events[0]["event: next\ndata: ".Length..]).RootElement;
        Assert.Equal(code, CodeAndMessage(payload.GetProperty("errors")[0]).Code);
        Assert.Equal("event: complete\ndata:", events[1]);
    }

    [Fact]
    public async Task WithoutOnlyPersistedAnyTextRunsOnEveryTransport()
    {
        await using var open = api.WithWebHostBuilder(host => host.UseSetting(PersistedDocumentStore.OnlyPersistedSetting, "false"));

        using var socket = await GraphQLSocket.ConnectAsync(open, TransportWs);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("q", Arbitrary));
        var overTransportWs = (await socket.ReceiveOfTypeAsync("next")).GetProperty("payload");
        using var legacy = await GraphQLSocket.ConnectAsync(open, LegacyWs);
        await legacy.InitAsync();
        await legacy.SendAsync(Start("q", Arbitrary));
        var overLegacyWs = (await legacy.ReceiveOfTypeAsync("data")).GetProperty("payload");
        using var client = open.CreateClient(Role.ApiKey);
        using var response = await client.SendAsync(SseRequest(new { query = Arbitrary }));
        var overSse = await response.Content.ReadAsStringAsync();

        var minutes = await StoredConsumption.MinutesAsync(api.Services, "593988877766");
        Assert.Equal(minutes, overTransportWs.GetProperty("data").GetProperty("consumption").GetProperty("minutes").GetInt32());
        Assert.Equal(minutes, overLegacyWs.GetProperty("data").GetProperty("consumption").GetProperty("minutes").GetInt32());
        Assert.StartsWith($":\n\nevent: next\ndata: {{\"data\":{{\"consumption\":{{\"minutes\":{minutes}}}}}}}", overSse);
    }

    // By its text, with the machine key (a login mutation is not in this fixture's store; this mutation is).
    private async Task SetStockAsync(int productId, int quantity)
    {
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");
        await api.CreateClient(Role.ApiKey).QueryDataAsync(SetInventory, new { id = productId, q = quantity });
    }

    private static int Quantity(JsonElement payload) =>
        payload.GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32();

    private static (string? Code, string? Message) CodeAndMessage(JsonElement error) =>
        (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString());

    private static HttpRequestMessage SseRequest(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private static async Task<string?> ReadEventLineAsync(StreamReader reader)
    {
        string? line;
        do line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        while (line is not null && (line.Length == 0 || line.StartsWith(':')));
        return line;
    }
}
