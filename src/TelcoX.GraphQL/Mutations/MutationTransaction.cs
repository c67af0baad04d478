using GraphQL;
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
        TPayload payload;
        await using (var db = context.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            try
            {
                payload = await work(db, context.CancellationToken);
                await transaction.CommitAsync(context.CancellationToken);
            }
            catch (DomainException exception)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return empty() with { Errors = [exception.Error] };
            }
        }
        if (afterCommit is not null)
            await afterCommit(payload);
        return payload;
    }
}
