using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

public static class ResolveContextExtensions
{
    /// <summary>
    /// A context of the field's own: graphql-dotnet resolves sibling fields in parallel, and one
    /// DbContext must never run two operations at once. Dispose it when the field is done.
    /// </summary>
    public static TelcoDbContext CreateDbContext(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();

    /// <summary>Runs one query on a context of the field's own and disposes it: the body of most resolvers.</summary>
    public static async Task<object?> QueryAsync<T>(this IResolveFieldContext context, Func<TelcoDbContext, CancellationToken, Task<T>> query)
    {
        await using var db = context.CreateDbContext();
        return await query(db, context.CancellationToken);
    }
}
