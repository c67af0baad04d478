using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Operations;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithoutAnEndpointTheOpenTelemetrySdkIsNotStarted()
    {
        IAsyncLifetime api = new OtlpApi(null);
        await api.InitializeAsync();
        try
        {
            Assert.Null(((OtlpApi)api).Services.GetService<TracerProvider>());
        }
        finally
        {
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithAnEndpointTheApiStartsAndAnswersWhileNoCollectorListens()
    {
        // A loopback port nobody listens on: export fails quietly in the background, requests do not.
        IAsyncLifetime api = new OtlpApi("http://127.0.0.1:9");
        await api.InitializeAsync();
        try
        {
            Assert.NotNull(((OtlpApi)api).Services.GetService<TracerProvider>());
            var data = await ((OtlpApi)api).CreateClient().QueryDataAsync("{ __typename }");
            Assert.Equal("Query", data.GetProperty("__typename").GetString());
        }
        finally
        {
            await api.DisposeAsync();
        }
    }

    private sealed class OtlpApi(string? endpoint) : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenTelemetry:Otlp:Endpoint", endpoint ?? "");
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "");
        }
    }
}
