using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// A user deleted, demoted, unlinked from their customer or given a new password loses their old tokens
/// on every transport once this instance's cached stamp is older than <c>Auth:Revocation:StampCacheDuration</c>;
/// the change is made in SQL, as an operator would, since no mutation makes it yet.
/// </summary>
public sealed class TokenRevocationTests(FakeClockApiFactory api) : IClassFixture<FakeClockApiFactory>
{
    private const string PublicQuery = "{ products { totalCount } }";

    public static TheoryData<string> Changes => ["deleted", "role", "unlinked", "password"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChangedUsersOldTokenIsUnauthenticatedOverHttp(string change)
    {
        var token = await ArrangeChangedUserAsync(change);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var (status, body) = await AuthErrors.PostAsync(client, PublicQuery);

        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChangedUsersOldTokenIsRefusedOverSse(string change)
    {
        var token = await ArrangeChangedUserAsync(change);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = PublicQuery }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChangedUsersOldTokenIsRefusedInConnectionInit(string change)
    {
        var token = await ArrangeChangedUserAsync(change);
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("graphql-transport-ws", "subscribe")]
    [InlineData("graphql-ws", "start")]
    public async Task AnOperationSentAfterTheUserChangedClosesTheSocketWith4403(string protocol, string start)
    {
        var (user, token) = await api.SignInAsync(UserRole.Admin);
        using var socket = await GraphQLSocket.ConnectAsync(api, protocol, apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
        await ChangeAsync(user, "role");
        // Past the stamp's cache, short of the connection's periodic re-check: only the operation's own check can notice.
        api.Clock.Advance(FakeClockApiFactory.StampCacheDuration + TimeSpan.FromSeconds(1));

        await socket.SendAsync(new { id = "1", type = start, payload = new { query = PublicQuery } });

        if (protocol == "graphql-ws")
            Assert.Equal("UNAUTHENTICATED", (await socket.ReceiveOfTypeAsync("connection_error"))
                .GetProperty("payload").GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ATokenPastItsExpiryOnTheServersClockIsUnauthenticatedOverHttp()
    {
        var (_, token) = await api.SignInAsync(UserRole.Customer);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        api.Clock.Advance(FakeClockApiFactory.TokenLifetime + TimeSpan.FromMinutes(1)); // past the 30 s clock skew too

        var (status, body) = await AuthErrors.PostAsync(client, PublicQuery);
        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Fact]
    public async Task WithinTheCacheWindowAnUnchangedUsersTokenKeepsWorking()
    {
        var (_, token) = await api.SignInAsync(UserRole.Customer);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await client.QueryDataAsync(PublicQuery);

        api.Clock.Advance(FakeClockApiFactory.StampCacheDuration + TimeSpan.FromSeconds(1));

        Assert.True((await client.QueryDataAsync(PublicQuery)).GetProperty("products").GetProperty("totalCount").GetInt32() > 0);
    }

    /// <summary>A signed-in user whose token has been used (so its stamp is cached), then changed, then the cache outlived.</summary>
    private async Task<string> ArrangeChangedUserAsync(string change)
    {
        var (user, token) = await api.SignInAsync(change == "role" ? UserRole.Admin : UserRole.Customer);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await client.QueryDataAsync(PublicQuery);
        await ChangeAsync(user, change);
        api.Clock.Advance(FakeClockApiFactory.StampCacheDuration + TimeSpan.FromSeconds(1));
        return token;
    }

    private async Task ChangeAsync(User user, string change)
    {
        await using var db = api.CreateDbContext();
        var passwords = api.Services.GetRequiredService<Passwords>();
        var row = db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id);
        await (change switch
        {
            "deleted" => row.ExecuteDeleteAsync(),
            "role" => row.ExecuteUpdateAsync(u => u.SetProperty(x => x.Role, UserRole.Customer)),
            "unlinked" => row.ExecuteUpdateAsync(u => u.SetProperty(x => x.CustomerId, (int?)null)),
            "password" => row.ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, passwords.Hash(user, "a new password 2"))),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        });
    }
}
