using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// Recognises the database refusing a duplicate in a unique index, so a race that slips past a
/// mutation's own check still answers with a payload error instead of a 500.
/// </summary>
public static class UniqueViolations
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when <paramref name="exception"/> is a unique violation on <c>table.column</c>.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string table, string column) =>
        exception.InnerException switch
        {
            // SQLite names the column: "UNIQUE constraint failed: Customers.Dni".
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique
                && sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
            // MySQL names the index: "Duplicate entry '…' for key 'IX_Customers_Dni'".
            MySqlException mysql => mysql.ErrorCode == MySqlErrorCode.DuplicateKeyEntry
                && mysql.Message.Contains($"IX_{table}_{column}'", StringComparison.Ordinal),
            _ => false,
        };
}
