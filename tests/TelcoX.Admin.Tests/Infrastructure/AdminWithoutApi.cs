using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>The real admin, in memory, pointed at a loopback port where no API listens (an outage).</summary>
public sealed class AdminWithoutApi : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("TelcoX:ApiUrl", $"http://127.0.0.1:{ClosedPort()}/graphql");

    // A port that was free a moment ago: connecting to it is refused, like an API that is down.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
