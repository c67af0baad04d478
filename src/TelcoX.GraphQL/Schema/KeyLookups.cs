using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Schema;

public static class KeyLookups
{
    /// <summary>
    /// The body of every "one row by its key" field: the row, projected to what the query selects, under
    /// the caller's row scope; else NOT_FOUND with <paramref name="notFound"/> (someone else's key reads the same).
    /// </summary>
    public static Task<object?> OneOrNotFoundAsync<T>(this IResolveFieldContext context, Func<TelcoDbContext, IQueryable<T>> rows, string notFound)
        where T : class =>
        context.QueryAsync(async (db, ct) => await rows(db).Project(context, db).SingleOrDefaultAsync(ct) ?? throw GraphQLErrors.NotFound(notFound));
}
