using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Mutations;

public static class MutationTransaction
{
    /// <summary>
    /// Runs a mutation in one database transaction on a context of its own. A <see cref="DomainException"/>
    /// rolls everything back and becomes the payload's error; <paramref name="afterCommit"/> (events,
    /// pushes) runs only once the transaction has committed.
    /// </summary>
    public static async Task<object?> InTransactionAsync<TPayload>(this IResolveFieldContext context,
        Func<TelcoDbContext, CancellationToken, Task<TPayload>> work, Func<TPayload> empty,
        Func<TPayload, Task>? afterCommit = null)
        where TPayload : Payload
    {
        await using var db = context.CreateUnscopedDbContext();
        var payload = await db.InTransactionAsync(work, empty, context.CancellationToken);
        if (payload.Errors is null && afterCommit is not null)
            await afterCommit(payload);
        return payload;
    }

    /// <summary>The same on a given context, for work that runs outside a resolver (a background writer).</summary>
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
