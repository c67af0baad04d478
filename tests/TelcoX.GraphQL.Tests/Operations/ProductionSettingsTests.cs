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
    [InlineData("Production", false, true)]
    [InlineData("Staging", false, true)]
    [InlineData("Development", false, false)]
    [InlineData("Production", true, false)]
    public void TheDevelopmentDatabasePasswordIsRefusedOutsideDevelopment(string environment, bool allowed, bool refused)
    {
        var configuration = Configuration(new()
        {
            ["ConnectionStrings:TelcoX"] = "Server=db;User=telcox;Password=telcox-dev",
            ["Hosting:AllowDevelopmentSecrets"] = allowed.ToString(),
        });

        var error = Record.Exception(() => DevelopmentSecrets.RefuseOutsideDevelopment(configuration, Environment(environment)));

        Assert.Equal(refused, error is InvalidOperationException);
    }

    [Fact]
    public void ARealPasswordStartsInProduction() =>
        DevelopmentSecrets.RefuseOutsideDevelopment(
            Configuration(new() { ["ConnectionStrings:TelcoX"] = "Server=db;User=telcox;Password=telcox-dev-but-longer" }),
            Environment("Production"));

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
