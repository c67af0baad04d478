using System.Text.Json;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// The token in connection_init is validated as the HTTP bearer scheme validates it. A bad one refuses
/// the connection: graphql-transport-ws closes with 4403 (the protocol's code for a refused
/// connection_init; 4401 is for a subscribe sent before the ack); the legacy protocol first says
/// connection_error UNAUTHENTICATED. No token at all is an anonymous connection, refused field by field.
/// </summary>
public sealed class WebSocketTokenTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    public static TheoryData<string> BadTokens => ["forged", "expired", "audience", "issuer", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ABadTokenClosesTheTransportWsConnectionWith4403(string kind)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {Token(kind)}" } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ABadTokenIsALegacyConnectionErrorUnauthenticatedThenA4403Close(string kind)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {Token(kind)}" } });

        var error = await socket.ReceiveOfTypeAsync("connection_error");
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("payload").GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(4403, (await socket.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [InlineData("graphql-transport-ws", "subscribe", "error")]
    [InlineData("graphql-ws", "start", "data")]
    public async Task WithoutATokenTheConnectionIsAnonymousAndASignedInFieldIsUnauthenticated(string protocol, string subscribe, string answer)
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, protocol, apiKey: null);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "1", type = subscribe, payload = new { query = "subscription { onNotification { id } }" } });

        var message = await socket.ReceiveOfTypeAsync(answer);
        var errors = answer == "error" ? message.GetProperty("payload") : message.GetProperty("payload").GetProperty("errors");
        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Sign in to use the field 'onNotification'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AValidTokenOnAForbiddenSubscriptionIsForbiddenAndNamesOnlyThatField()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {await api.TokenAsync(Role.Customer)}" });

        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { onConsumptionChanged { minutes } }" } });

        var error = Assert.Single((await socket.ReceiveOfTypeAsync("error")).GetProperty("payload").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("You are not allowed to use the field 'onConsumptionChanged'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnUnknownApiKeyInConnectionInitClosesWith4403()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-API-Key"] = "not-a-key" } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    private string Token(string kind) => kind switch
    {
        "forged" => TestTokens.Forged(),
        "expired" => TestTokens.Expired(api),
        "audience" => TestTokens.WrongAudience(api),
        "issuer" => TestTokens.WrongIssuer(api),
        _ => "not.a.token",
    };
}
