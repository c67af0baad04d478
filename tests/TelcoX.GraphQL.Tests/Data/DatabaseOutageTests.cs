using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>What answers DATABASE_UNAVAILABLE ("try again") and what stays a bug, however EF Core wraps it.</summary>
public sealed class DatabaseOutageTests
{
    public static TheoryData<Exception> Outages => new()
    {
        new RetryLimitExceededException("retries exhausted", new TimeoutException()),
        new DbUpdateException("save failed", new SqliteException("database is locked", 5)),
        new InvalidOperationException("transient failure", new EndOfStreamException()),
        new AggregateException(new InvalidOperationException("a"), new System.Net.Sockets.SocketException(111)),
        new SqliteException("unable to open database file", 14),
    };

    public static TheoryData<Exception> Bugs => new()
    {
        new NullReferenceException(),
        new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19)),
        new InvalidOperationException("no such table", new SqliteException("no such table: Customers", 1)),
        new ArgumentOutOfRangeException("years"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void AnUnreachableBusyOrDroppedDatabaseIsAnOutage(Exception exception) => Assert.True(DatabaseOutage.IsCause(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void AnythingElseIsNot(Exception exception) => Assert.False(DatabaseOutage.IsCause(exception));
}
