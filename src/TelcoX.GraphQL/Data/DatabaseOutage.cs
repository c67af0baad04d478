using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// Recognises an exception caused by the database being unreachable, gone mid-query, overloaded or
/// locked: a condition a client may retry, unlike a bug. EF Core wraps the cause (DbUpdateException,
/// RetryLimitExceededException, InvalidOperationException), so the whole chain is searched.
/// </summary>
public static class DatabaseOutage
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteOutages = [5, 6, 10, 13, 14];

    public static bool IsCause(Exception exception) => Chain(exception).Any(IsOutage);

    private static bool IsOutage(Exception exception) => exception switch
    {
        RetryLimitExceededException => true,
        MySqlException mysql => mysql.IsTransient || mysql.ErrorCode is MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.ServerShutdown,
        SqliteException sqlite => SqliteOutages.Contains(sqlite.SqliteErrorCode),
        DbException db => db.IsTransient,
        // The connection dropped under a running query (MySqlConnector's end-of-stream, a reset socket).
        EndOfStreamException or SocketException => true,
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        yield return exception;
        IEnumerable<Exception> causes = exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions,
            { InnerException: { } inner } => [inner],
            _ => [],
        };
        foreach (var cause in causes)
            foreach (var link in Chain(cause))
                yield return link;
    }
}
