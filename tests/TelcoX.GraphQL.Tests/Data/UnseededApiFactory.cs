using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>The API over a migrated but empty database, for tests that seed it themselves.</summary>
public sealed class UnseededApiFactory : TelcoApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "false");
    }
}
