using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>A second API instance over another factory's database, as when two replicas start together.</summary>
public sealed class SharedDatabaseApiFactory(TestDatabase shared) : TelcoApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:TelcoX", shared.ConnectionString);
    }
}
