using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>Browsers cannot set headers on a websocket: the token travels in connection_init.</summary>
public sealed class BearerConnectionInitTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    [Fact]
    public async Task AValidTokenInConnectionInitIsAcknowledged()
    {
        var token = await LoginAsync("jesus.jacome@telcox.dev");
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws");

        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
    }

    [Fact]
    public async Task AForgedTokenInConnectionInitClosesWith4403()
    {
        var token = await LoginAsync("jesus.jacome@telcox.dev");
        var forged = token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws");

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {forged}" } });

        Assert.Equal(4403, (await socket.ReceiveCloseAsync()).Code);
    }

    private async Task<string> LoginAsync(string email)
    {
        var data = await api.CreateClient().QueryDataAsync(
            "mutation($input: LoginInput!) { login(input: $input) { token } }",
            new { input = new { email, password = "TelcoX-demo-2026" } });
        return data.GetProperty("login").GetProperty("token").GetString()!;
    }
}
