using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>
/// SQLite's built-in lower() folds ASCII only (lower('ÁLVARO') = 'Álvaro'), so case-insensitive
/// filters would miss accented names that MariaDB's LOWER() folds. This replaces lower() on
/// every SQLite connection with .NET's invariant, full-Unicode lowering.
/// </summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
    }
}
