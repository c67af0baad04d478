using System.Net.Http.Json;
using System.Text.Json;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// One rule on every transport: a credential that signs nobody in (a malformed bearer, an unknown API key,
/// an expired token, a token without the "Bearer " scheme) is refused, never run as anonymous. HTTP and
/// SSE answer 401 UNAUTHENTICATED; a websocket's connection_init is refused with 4403, whether the
/// credential came in its payload or on the upgrade request.
/// </summary>
public sealed class CredentialTransportTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    private const string PublicQuery = "{ products { totalCount } }";

    public static TheoryData<string> BadCredentials => ["malformed bearer", "wrong api key", "expired token", "no bearer scheme"];

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task HttpAnswers401(string credential)
    {
        var (status, body) = await PostAsync(await HeaderAsync(credential), eventStream: false);

        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task SseAnswers401(string credential)
    {
        var (status, body) = await PostAsync(await HeaderAsync(credential), eventStream: true);

        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task ConnectionInitIsRefusedWith4403(string credential)
    {
        var (name, value) = await HeaderAsync(credential);
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [name] = value } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task LegacyConnectionInitIsAConnectionErrorThenA4403Close(string credential)
    {
        var (name, value) = await HeaderAsync(credential);
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-ws", apiKey: null);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [name] = value } });

        Assert.Equal("UNAUTHENTICATED", (await socket.ReceiveOfTypeAsync("connection_error"))
            .GetProperty("payload").GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(4403, (await socket.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task ABadCredentialOnTheUpgradeRequestIsRefusedAtConnectionInit(string credential)
    {
        var (name, value) = await HeaderAsync(credential);
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request => request.Headers[name] = value;
        using var socket = new GraphQLSocket(await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None));

        await socket.SendAsync(new { type = "connection_init", payload = new { } });

        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("Bearer ")]
    [InlineData("bearer ")]
    [InlineData("BEARER ")]
    public async Task TheBearerSchemeIsCaseInsensitiveOnEveryTransport(string scheme)
    {
        var header = ("Authorization", scheme + await api.TokenAsync(Role.Customer));

        Assert.Equal(200, (await PostAsync(header, eventStream: false)).Status);
        Assert.Equal(200, (await PostAsync(header, eventStream: true)).Status);
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);
        await socket.InitAsync(new Dictionary<string, string> { [header.Item1] = header.Item2 });
    }

    private async Task<(string Name, string Value)> HeaderAsync(string credential) => credential switch
    {
        "malformed bearer" => ("Authorization", "Bearer not.a.token"),
        "wrong api key" => (ApiKeyAuthenticationHandler.HeaderName, "not-a-key"),
        "expired token" => ("Authorization", "Bearer " + TestTokens.Expired(api)),
        "no bearer scheme" => ("Authorization", await api.TokenAsync(Role.Customer)),
        _ => throw new ArgumentOutOfRangeException(nameof(credential)),
    };

    private async Task<(int Status, JsonElement Body)> PostAsync((string Name, string Value) header, bool eventStream)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = PublicQuery }) };
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        request.Headers.TryAddWithoutValidation("Accept", eventStream ? "text/event-stream" : "application/json");
        using var response = await api.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        // An event stream's body is events, not JSON: its status is what this test reads.
        return ((int)response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}
