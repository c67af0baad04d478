using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// Runs a sweep in bounded batches, each one transaction: pick rows, claim them all with one
/// conditional UPDATE, write their notices, commit, and only then publish their events. Batches
/// walk forward by id, so a run ends even if rows it handled still matched. A batch
/// whose claim matched fewer rows than it picked is rolled back whole, so nothing is announced
/// that another run also claimed, at any isolation level.
/// </summary>
internal static class Sweeps
{
    // A sweep racing another for the same rows gives up after a few tries; the next tick finishes.
    private const int MaxContestedInARow = 3;

    public static async Task<(int Rows, int Notifications)> RunAsync(IDbContextFactory<TelcoDbContext> factory, EventBus events,
        Func<TelcoDbContext, int, CancellationToken, Task<SweepBatch>> nextBatch, CancellationToken ct)
    {
        int rows = 0, notifications = 0, contested = 0, afterId = 0;
        await using var db = factory.CreateDbContext();
        var strategy = db.Database.CreateExecutionStrategy();
        while (true)
        {
            var batch = await strategy.ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var picked = await nextBatch(db, afterId, token);
                if (ReferenceEquals(picked, SweepBatch.Contested))
                    await transaction.RollbackAsync(CancellationToken.None);
                else
                    await transaction.CommitAsync(token);
                return picked;
            }, ct);

            if (ReferenceEquals(batch, SweepBatch.Empty))
                return (rows, notifications);
            if (ReferenceEquals(batch, SweepBatch.Contested))
            {
                if (++contested == MaxContestedInARow)
                    return (rows, notifications);
                continue;
            }
            contested = 0;
            afterId = batch.LastId;
            rows += batch.Rows;
            notifications += batch.Notifications;
            foreach (var domainEvent in batch.Events)
                await events.PublishAsync(domainEvent, ct);
        }
    }
}
