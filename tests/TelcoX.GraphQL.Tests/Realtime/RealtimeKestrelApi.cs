using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Server.Subscriptions;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// The app on Kestrel at a free loopback port over a given database with extra settings: real
/// sockets (TCP back-pressure for slow clients) and several instances over one database and Redis.
/// </summary>
public sealed class RealtimeKestrelApi : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly IReadOnlyDictionary<string, string> settings;

    public RealtimeKestrelApi(TestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        this.database = database;
        this.settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseUrl { get; private set; } = null!;
    public Uri WebSocketUrl => new(BaseUrl.ToString().Replace("http://", "ws://") + "graphql");
    public RealtimeConnections Connections => Services.GetRequiredService<RealtimeConnections>();
    internal EventRouter Router => Services.GetRequiredService<EventRouter>();

    /// <summary>A staff client (the development AGENT key): the tests' mutations are staff work.</summary>
    public HttpClient CreateHttpClient() => new()
    {
        BaseAddress = BaseUrl,
        DefaultRequestHeaders = { { "X-API-Key", AuthenticatedClients.DevelopmentApiKey } },
    };

    public RealtimeKestrelApi Start()
    {
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:TelcoX", database.ConnectionString);
        builder.UseSetting("Jobs:Enabled", "false"); // as in TelcoApiFactory: no scheduled writes under the tests' counts
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (SmallSendBuffers)
            builder.ConfigureServices(services => services.Configure<SocketTransportOptions>(options => options.CreateBoundListenSocket = endpoint =>
            {
                // Accepted sockets inherit this: a client that stops reading blocks the server's sends
                // after kilobytes, not after the megabytes Linux would otherwise buffer.
                var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                socket.SendBufferSize = 8192;
                return socket;
            }));
    }

    /// <summary>Small kernel send buffers on the server's sockets, to make back-pressure quick to reach.</summary>
    public bool SmallSendBuffers { get; init; }
}
