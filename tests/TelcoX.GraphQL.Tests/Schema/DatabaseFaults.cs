using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MySqlConnector;

namespace TelcoX.GraphQL.Tests.Schema;

public enum DatabaseFault
{
    None,
    /// <summary>Connections go where no database answers: the provider throws its own exception.</summary>
    Unreachable,
    /// <summary>Opening a connection throws what a bug would.</summary>
    Bug,
}

/// <summary>Switches every connection of one API to a fault, and back; joins each context through DI.</summary>
public sealed class DatabaseFaults : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, string> healthy = new();

    public volatile DatabaseFault Current;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Apply(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbConnection connection)
    {
        var original = healthy.GetValue(connection, c => c.ConnectionString);
        switch (Current)
        {
            case DatabaseFault.Bug:
                throw new InvalidOperationException("A planted bug.");
            case DatabaseFault.Unreachable:
                connection.ConnectionString = Unreachable(connection, original);
                break;
            default:
                connection.ConnectionString = original; // a pooled context keeps its connection: heal it
                break;
        }
    }

    private static string Unreachable(DbConnection connection, string original) => connection switch
    {
        SqliteConnection => new SqliteConnectionStringBuilder { DataSource = $"/nonexistent-{Guid.NewGuid():N}/telcox.db", Mode = SqliteOpenMode.ReadWrite }.ToString(),
        _ => new MySqlConnectionStringBuilder(original) { Server = "127.0.0.1", Port = (uint)ClosedPort(), ConnectionTimeout = 2 }.ConnectionString,
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // nothing listens once this returns
    }
}
