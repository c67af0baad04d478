using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>The API started as in Production, with the demo data switched on explicitly.</summary>
public sealed class ProductionApiFactory : TelcoApiFactory
{
    /// <summary>Production refuses to start without a real key; this one is random per run.</summary>
    public static readonly string ProductionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Auth:SigningKey", ProductionKey);
    }
}
