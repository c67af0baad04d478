using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Auth;

namespace TelcoX.GraphQL.Data;

public static class ResolveContextExtensions
{
    /// <summary>
    /// A context of the field's own: graphql-dotnet resolves sibling fields in parallel, and one
    /// DbContext must never run two operations at once. Dispose it when the field is done. Its reads
    /// reach only the caller's rows (<see cref="TelcoDbContext.ScopeCustomerId"/>).
    /// </summary>
    public static TelcoDbContext CreateDbContext(this IResolveFieldContext context)
    {
        var db = context.CreateUnscopedDbContext();
        db.ScopeCustomerId = CallerScope.CustomerIdOf(context.User);
        return db;
    }

    /// <summary>Every row: for mutations, whose look-ups filter by owner themselves (someone else's key reads as missing).</summary>
    public static TelcoDbContext CreateUnscopedDbContext(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();

    /// <summary>Runs one query on a context of the field's own and disposes it: the body of most resolvers.</summary>
    public static async Task<object?> QueryAsync<T>(this IResolveFieldContext context, Func<TelcoDbContext, CancellationToken, Task<T>> query)
    {
        await using var db = context.CreateDbContext();
        return await query(db, context.CancellationToken);
    }
}
