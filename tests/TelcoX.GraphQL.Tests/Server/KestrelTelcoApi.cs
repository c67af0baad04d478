using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// The API on real Kestrel at a free loopback port, for clients outside the process (node):
/// the in-memory TestServer cannot be reached over a socket.
/// </summary>
public sealed class KestrelTelcoApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Create();

    public KestrelTelcoApi() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLUrl { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:TelcoX", database.ConnectionString);
        // As in TelcoApiFactory: tests that count rows must not see a scheduled job's writes (billing, sweeps).
        builder.UseSetting("Jobs:Enabled", "false");
    }

    public Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        GraphQLUrl = new Uri(new Uri(address), "/graphql");
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
