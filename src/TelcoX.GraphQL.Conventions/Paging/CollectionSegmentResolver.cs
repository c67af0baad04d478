using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>Offset paging, for clients that jump to page n: ORDER BY keys LIMIT take + 1 OFFSET skip.</summary>
internal static class CollectionSegmentResolver
{
    public static async Task<object?> ResolveAsync<T, TDbContext>(IResolveFieldContext context, Func<TDbContext, IQueryable<T>> source)
        where T : class where TDbContext : DbContext
    {
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var take = context.GetArgument<int?>("take") ?? PagingLimits.DefaultTake;
        if (skip < 0)
            throw new BadUserInputError($"'skip' must be 0 or more; it was {skip}.");
        if (take is < 1 or > PagingLimits.MaxTake)
            throw new BadUserInputError($"'take' must be between 1 and {PagingLimits.MaxTake}; it was {take}.");

        await using var db = FieldDbContextFactory<TDbContext>.ForField(context);
        var (filtered, keys) = ConventionQuery<T>.Create(context, db, source(db));
        var page = SortApplier.OrderBy(filtered, keys, reverse: false).Skip(skip).Take(take + 1);
        var rows = await ProjectionPlan.For<T>(context).Apply(page, db).ToListAsync(context.CancellationToken);
        var hasNext = rows.Count > take;
        if (hasNext)
            rows.RemoveAt(rows.Count - 1);
        int? total = ConnectionResolver.Selects(context, "totalCount") ? await filtered.CountAsync(context.CancellationToken) : null;
        return new CollectionSegmentPage(rows, new CollectionSegmentInfo(hasNext, skip > 0), total);
    }
}
