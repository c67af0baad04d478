using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Conventions;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>The API with every SQL statement recorded: the interceptor joins each context through DI.</summary>
public sealed class SqlCapturingApiFactory : TelcoApiFactory
{
    public SqlCapture Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}
