using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Mutations;

public static class MutationTransaction
{
    /// <summary>
    /// Runs a mutation's work in one database transaction. A <see cref="DomainException"/> rolls everything
    /// back and becomes the payload's error (<paramref name="empty"/> with it).
    /// </summary>
    public static Task<TPayload> InTransactionAsync<TPayload>(this TelcoDbContext db,
        Func<TelcoDbContext, CancellationToken, Task<TPayload>> work, Func<TPayload> empty, CancellationToken ct)
        where TPayload : Payload =>
        // MySQL's retrying strategy replays the whole delegate after a transient failure, so each
        // attempt starts from an empty change tracker.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var done = await work(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return done;
            }
            catch (DomainException exception)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return empty() with { Errors = [exception.Error] };
            }
        }, ct);
}
