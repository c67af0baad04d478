using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>The API started as in Production, with the demo data switched on explicitly.</summary>
public sealed class ProductionApiFactory : TelcoApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:SeedDemoData", "true");
    }
}
