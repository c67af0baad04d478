using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// Recognises the database refusing a duplicate in a unique index or primary key, so a race that
/// slips past a mutation's own check still answers with a payload error instead of a 500.
/// </summary>
public static class UniqueViolations
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True when the save failed on any unique index or primary key.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        MySqlException mysql => mysql.ErrorCode == MySqlErrorCode.DuplicateKeyEntry,
        _ => false,
    };

    /// <summary>True when the save failed on the unique index of <c>table.column</c>.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string table, string column) =>
        exception.IsUniqueViolation() && exception.InnerException switch
        {
            // SQLite names the column: "UNIQUE constraint failed: Customers.Dni".
            SqliteException sqlite => sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
            // MySQL names the index: "Duplicate entry '…' for key 'IX_Customers_Dni'".
            MySqlException mysql => mysql.Message.Contains($"IX_{table}_{column}'", StringComparison.Ordinal),
            _ => false,
        };
}
