using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TelcoX.GraphQL.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Operations;

public sealed class ProductionSettingsTests
{
    [Theory]
    [InlineData("Production", "Server=db;User=telcox;Password=telcox-dev", true)]
    [InlineData("Staging", "Server=db;User=telcox;Password=telcox-dev", true)]
    [InlineData("Development", "Server=db;User=telcox;Password=telcox-dev", false)]
    [InlineData("Production", "Server=db;User=telcox;Password=a-real-one", false)]
    [InlineData("Production", "Server=127.0.0.1;Port=3307;User=telcox;Password=telcox-dev", false)]
    [InlineData("Production", "Server=127.0.0.1,db;User=telcox;Pwd=telcox-dev", true)]
    public void TheDevelopmentDatabasePasswordIsRefusedForARemoteServerOutsideDevelopment(string environment, string connection, bool refused)
    {
        var configuration = Configuration(new() { ["ConnectionStrings:TelcoX"] = connection });

        var error = Record.Exception(() => DevelopmentSecrets.RefuseOutsideDevelopment(configuration, Environment(environment)));

        Assert.Equal(refused, error is InvalidOperationException);
    }

    [Theory]
    [InlineData("redis:6379,password=telcox-dev", true)]
    [InlineData("localhost:6379,password=telcox-dev", false)]
    [InlineData("redis:6379", false)]
    public void TheDevelopmentRedisPasswordIsRefusedForARemoteServerInProduction(string connection, bool refused)
    {
        var configuration = Configuration(new() { ["Redis:Connection"] = connection });

        var error = Record.Exception(() => DevelopmentSecrets.RefuseOutsideDevelopment(configuration, Environment("Production")));

        Assert.Equal(refused, error is InvalidOperationException);
    }

    [Fact]
    public void ForwardedHeadersTrustOnlyTheConfiguredProxies()
    {
        var options = new ForwardedHeadersOptions();
        new ForwardedHeadersSettings { KnownProxies = ["10.1.2.3"], KnownNetworks = ["172.30.77.0/24"] }.Apply(options);

        Assert.Contains(IPAddress.Parse("10.1.2.3"), options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, network => network.Contains(IPAddress.Parse("172.30.77.9")));
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public async Task EveryResponseNamesTheInstanceThatAnsweredIt()
    {
        IAsyncLifetime api = new NamedInstanceApi();
        try
        {
            using var response = await ((NamedInstanceApi)api).CreateClient().GetAsync("/health");

            Assert.Equal("api-under-test", Assert.Single(response.Headers.GetValues(ProxyStartupFilter.InstanceHeader)));
        }
        finally
        {
            await api.DisposeAsync(); // the factory and its test database
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static IHostEnvironment Environment(string name) => new HostingEnvironment { EnvironmentName = name };

    private sealed class NamedInstanceApi : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hosting:InstanceName", "api-under-test");
        }
    }
}
