using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>
/// The API for tests that fire hundreds of requests at once. Writes on one line queue on its row lock
/// however many connections there are, so a small pool serves as fast and leaves server connections
/// for the fixtures running beside it; requests wait for a connection (MySQL) or the write lock
/// (SQLite) for up to a minute instead of the default 15 and 30 seconds, and a request may take that
/// minute too: these tests prove that no update is lost in a burst, not how fast a busy machine serves it.
/// </summary>
public class ConcurrencyApiFactory : TelcoApiFactory
{
    public const int MaxPoolSize = 20;
    private const int WaitSeconds = 60;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var connectionString = TestDatabase.IsMySql
            ? new MySqlConnectionStringBuilder(Database.ConnectionString) { MaximumPoolSize = MaxPoolSize, ConnectionTimeout = WaitSeconds }.ConnectionString
            : new SqliteConnectionStringBuilder(Database.ConnectionString) { DefaultTimeout = WaitSeconds }.ConnectionString;
        builder.UseSetting("ConnectionStrings:TelcoX", connectionString);
        builder.UseSetting("GraphQL:Limits:Timeout", TimeSpan.FromSeconds(WaitSeconds).ToString());
    }
}
