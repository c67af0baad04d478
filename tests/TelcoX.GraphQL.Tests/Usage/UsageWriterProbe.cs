using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>
/// Watches the usage writer's SQL. It records every statement and counts commits; it can hold the
/// writer's next batch at its first statement, as a busy database would, so that a burst queues
/// behind it; and it can make a batch fail, as a dropped connection would.
/// </summary>
public sealed class UsageWriterProbe : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentQueue<string> statements = new();
    private long holdTicks;
    private int holdsLeft;
    private int commits;
    private volatile string? failingEventId;
    private int failuresLeft;

    public IReadOnlyList<string> Statements => [.. statements];
    public int Commits => Volatile.Read(ref commits);
    public int FailuresLeft => Math.Max(0, Volatile.Read(ref failuresLeft));

    public void Clear()
    {
        statements.Clear();
        Interlocked.Exchange(ref commits, 0);
    }

    /// <summary>Holds each of the next <paramref name="count"/> batches (one per writer) at its first statement.</summary>
    public void HoldNextBatches(int count, TimeSpan howLong)
    {
        Interlocked.Exchange(ref holdTicks, howLong.Ticks);
        Interlocked.Exchange(ref holdsLeft, count);
    }

    /// <summary>
    /// Fails the next <paramref name="count"/> attempts of the batch holding <paramref name="eventId"/>,
    /// at its read of the event ids already stored (a statement only a batch sends), as a dropped
    /// connection would. The same event applied on its own is never failed.
    /// </summary>
    public void FailBatchesWith(string eventId, int count)
    {
        failingEventId = eventId;
        Interlocked.Exchange(ref failuresLeft, count);
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await SeeAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await SeeAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await SeeAsync(command);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref commits);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref commits);

    /// <summary>A single event's lock: by msisdn (a batch locks its plans by id), so the event went on its own.</summary>
    public static bool IsSingleEventLock(string sql) =>
        sql.StartsWith("UPDATE", StringComparison.Ordinal) && sql.Contains("DataPlans", StringComparison.Ordinal) && sql.Contains("Msisdn", StringComparison.Ordinal);

    // A batch's read of stored ids names them in its text on MariaDB (constants) and in a json_each
    // parameter on SQLite; a single event's read passes its id as a plain parameter.
    private static bool IsBatchEventIdRead(DbCommand command, string eventId) =>
        command.CommandText.Contains("UsageEvents", StringComparison.Ordinal)
        && (command.CommandText.Contains(eventId, StringComparison.Ordinal)
            || (command.CommandText.Contains("json_each", StringComparison.Ordinal)
                && command.Parameters.Cast<DbParameter>().Any(p => p.Value is string value && value.Contains(eventId, StringComparison.Ordinal))));

    /// <summary>How many usage events one command inserts: EF may send many INSERTs as one command.</summary>
    public static int UsageInserts(string sql) =>
        sql.Split("INSERT INTO").Count(part => part.TrimStart(' ', '`', '"').StartsWith("UsageEvents", StringComparison.Ordinal));

    private async Task SeeAsync(DbCommand command)
    {
        var sql = command.CommandText;
        statements.Enqueue(sql);
        // Only the usage writer reads data plans joined to their lines by msisdn, first thing in a batch.
        if (sql.Contains("DataPlans", StringComparison.Ordinal) && sql.Contains("Msisdn", StringComparison.Ordinal)
            && Interlocked.Decrement(ref holdsLeft) >= 0)
            await Task.Delay(TimeSpan.FromTicks(Interlocked.Read(ref holdTicks)));
        if (failingEventId is { } marker && IsBatchEventIdRead(command, marker) && Interlocked.Decrement(ref failuresLeft) >= 0)
            throw new InvalidOperationException("Simulated: the connection dropped during a usage batch.");
    }
}
