using Microsoft.AspNetCore.Hosting;
using MySqlConnector;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Inventory;

/// <summary>
/// The API with a bounded MySQL pool: 200 buyers then contend for 20 connections and the stock
/// row, without holding a hundred server connections open for the pool's idle timeout (the test
/// MariaDB allows 500 across every fixture running at once).
/// </summary>
public sealed class ConcurrencyApiFactory : TelcoApiFactory
{
    public string ConnectionString =>
        TestDatabase.IsMySql ? new MySqlConnectionStringBuilder(Database.ConnectionString) { MaximumPoolSize = 20 }.ConnectionString
            : Database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:TelcoX", ConnectionString);
    }

    /// <summary>
    /// Closes idle pooled connections now rather than minutes after the test. All pools: Pomelo keys
    /// its pool by a connection string with options of its own added.
    /// </summary>
    public async Task ReleaseConnectionsAsync()
    {
        if (TestDatabase.IsMySql)
            await MySqlConnection.ClearAllPoolsAsync();
    }
}
