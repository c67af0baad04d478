using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Conventions;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>The realtime API with every SQL statement recorded, to count what an event costs.</summary>
public sealed class SqlCapturingRealtimeApiFactory : RealtimeApiFactory
{
    public SqlCapture Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}
