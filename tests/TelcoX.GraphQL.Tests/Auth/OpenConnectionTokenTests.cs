using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using TelcoX.GraphQL.Users;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// A socket or event stream opened with a token lives no longer than the token: at its expiry, or at the
/// first re-check after its user changed, the socket closes with 4403 (the legacy protocol says
/// connection_error first), the stream ends with UNAUTHENTICATED, and the running subscription is released.
/// </summary>
public sealed class OpenConnectionTokenTests(FakeClockApiFactory api) : IClassFixture<FakeClockApiFactory>
{
    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task TheTokensExpiryClosesTheSocketWith4403AndEndsItsSubscription(string protocol)
    {
        var (_, token) = await api.SignInAsync(UserRole.Customer);
        using var socket = await SubscribedSocketAsync(protocol, token);

        api.Clock.Advance(FakeClockApiFactory.TokenLifetime + TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(socket, protocol);
        await api.AllReleasedAsync();
    }

    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task ARunningSubscriptionOfADemotedUserEndsAtTheNextRecheck(string protocol)
    {
        var (user, token) = await api.SignInAsync(UserRole.Admin);
        using var socket = await SubscribedSocketAsync(protocol, token);
        await using (var db = api.CreateDbContext())
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Role, UserRole.Agent));

        api.Clock.Advance(FakeClockApiFactory.RecheckInterval + TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(socket, protocol);
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task BeforeItsExpiryASocketKeepsReceivingEvents()
    {
        var (_, token) = await api.SignInAsync(UserRole.Customer);
        using var socket = await SubscribedSocketAsync("graphql-transport-ws", token);

        api.Clock.Advance(FakeClockApiFactory.TokenLifetime - TimeSpan.FromSeconds(5));
        await SetInventoryAsync(7);

        Assert.Equal(7, (await socket.ReceiveOfTypeAsync("next")).GetProperty("payload").GetProperty("data")
            .GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32());
        socket.Dispose();
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task TheTokensExpiryEndsAnEventStreamWithUnauthenticated()
    {
        var (_, token) = await api.SignInAsync(UserRole.Customer);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = OnInventoryChanged, variables = new { id = api.AnyProductId() } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");

        api.Clock.Advance(FakeClockApiFactory.TokenLifetime + TimeSpan.FromSeconds(1));

        var body = await response.Content.ReadAsStringAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("\"code\":\"UNAUTHENTICATED\"", body);
        Assert.EndsWith("event: complete\ndata:\n\n", body);
        await api.AllReleasedAsync();
    }

    private async Task<GraphQLSocket> SubscribedSocketAsync(string protocol, string token)
    {
        var socket = await GraphQLSocket.ConnectAsync(api, protocol, apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
        var variables = new { id = api.AnyProductId() };
        await socket.SendAsync(protocol == "graphql-ws" ? Start("s", OnInventoryChanged, variables) : Subscribe("s", OnInventoryChanged, variables));
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");
        return socket;
    }

    private Task SetInventoryAsync(int quantity) =>
        api.CreateClient(Role.ApiKey).QueryDataAsync(SetInventory, new { id = api.AnyProductId(), q = quantity });

    private static async Task AssertRefusedAsync(GraphQLSocket socket, string protocol)
    {
        if (protocol == "graphql-ws")
            Assert.Equal("UNAUTHENTICATED", (await socket.ReceiveOfTypeAsync("connection_error"))
                .GetProperty("payload").GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }
}
