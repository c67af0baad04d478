using MySqlConnector;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test fixture. SQLite by default; MariaDB/MySQL when TELCOX_TEST_MYSQL
/// holds a server connection string (scripts/test.sh runs the suite once each way).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string MySqlVariable = "TELCOX_TEST_MYSQL";

    private TestDatabase(string provider, string connectionString, string? mySqlName, string? sqlitePath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        MySqlName = mySqlName;
        SqlitePath = sqlitePath;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    private string? MySqlName { get; }
    private string? SqlitePath { get; }

    public static bool IsMySql => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MySqlVariable));

    public static TestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(MySqlVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            var name = $"telcox_test_{Guid.NewGuid():N}"[..28];
            var builder = new MySqlConnectionStringBuilder(server) { Database = name };
            return new TestDatabase("MySql", builder.ConnectionString, name, null);
        }
        var path = Path.Combine(Path.GetTempPath(), $"telcox-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={path}", null, path);
    }

    private bool disposed;

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (MySqlName is not null)
        {
            // Close pooled connections now, not after the idle timeout: a fixture that ran many
            // concurrent requests would otherwise hold server connections other fixtures need. All
            // pools, because Pomelo adds options to the connection string and so keys its own pool;
            // other fixtures' idle connections simply reopen.
            await MySqlConnection.ClearAllPoolsAsync();
            var builder = new MySqlConnectionStringBuilder(ConnectionString) { Database = "" };
            await using var connection = new MySqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{MySqlName}`", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (SqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" })
                File.Delete(file);
        }
    }
}
