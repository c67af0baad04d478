using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>The concurrency fixture with <see cref="UsageWriterProbe"/> joined to every context.</summary>
public sealed class UsageBatchApiFactory : ConcurrencyApiFactory
{
    public UsageWriterProbe Probe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Probe));
    }
}
