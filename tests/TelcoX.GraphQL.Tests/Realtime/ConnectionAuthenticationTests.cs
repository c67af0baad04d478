using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>The connection_init hook: a refused init closes with 4403; an unknown subprotocol with 4406.</summary>
public sealed class ConnectionAuthenticationTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    [Fact]
    public async Task AnInitTheAuthenticatorRefusesClosesWith4403()
    {
        var refusing = api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<ConnectionAuthenticator, RefusingAuthenticator>()));
        using var socket = await GraphQLSocket.ConnectAsync(refusing, "graphql-transport-ws");
        await socket.SendAsync(new { type = "connection_init", payload = new { token = "nope" } });
        Assert.Equal((4403, "Forbidden"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task AnUnknownSubprotocolClosesWith4406()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "something-else");
        Assert.Equal(4406, (await socket.ReceiveCloseAsync()).Code);
    }

    private sealed class RefusingAuthenticator : ConnectionAuthenticator
    {
        public override ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult<ClaimsPrincipal?>(null);
    }
}
