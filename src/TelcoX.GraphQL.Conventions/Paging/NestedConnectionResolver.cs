using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>
/// A connection under each parent (customer.invoices), batched: one statement reads the matching
/// rows of every parent on the level — WHERE filter AND cursor AND parent IN (…) ORDER BY keys — and
/// each parent's first/last n are sliced in memory. Filtering, cursors and order stay in SQL; the
/// cost is reading every matching child of the batch, fine for per-customer lists. totalCount adds
/// one GROUP BY count for the whole batch.
/// </summary>
internal static class NestedConnectionResolver
{
    public static IDataLoaderResult<ConnectionPage> Resolve<T, TKey, TDbContext>(IResolveFieldContext context, TKey parentKey,
        Func<TDbContext, IQueryable<T>> source, Expression<Func<T, TKey>> foreignKey, object? defaultOrder)
        where T : class where TKey : notnull where TDbContext : DbContext
    {
        var loaders = DataLoaderContext.For(context);
        var field = loaders.ForField(context, source, () =>
        {
            var request = PageRequest.From(context);
            var arguments = ConventionArguments.From(context, defaultOrder);
            var counts = ConnectionResolver.Selects(context, "totalCount");
            var plan = ProjectionPlan.For<T>(context, foreignKey);
            var services = context.RequestServices!;
            // Parents that ask with the same arguments and selection share one loader, so one statement.
            var name = $"{context.ParentType.Name}.{context.FieldDefinition.Name}:{JsonSerializer.Serialize(new { arguments.Where, arguments.Order, request, counts })}#{plan.Signature}";
            var loader = loaders.GetOrAdd(name, () => new BatchLoader<TKey, ConnectionPage>((keys, cancellationToken) =>
                FetchAsync(services, arguments, request, counts, plan, source, foreignKey, keys, cancellationToken)));
            return new FieldLoader<TKey>(loader, request, counts);
        });
        return new MappedDataLoaderResult<IEnumerable<ConnectionPage>, ConnectionPage>(field.Loader.Load(parentKey),
            pages => pages.FirstOrDefault() ?? ConnectionPageBuilder.Build(new List<KeysetRow<T>>(), field.Request, "", field.Counts ? 0 : null));
    }

    private sealed record FieldLoader<TKey>(BatchLoader<TKey, ConnectionPage> Loader, PageRequest Request, bool Counts)
        where TKey : notnull;

    private static async Task<ILookup<TKey, ConnectionPage>> FetchAsync<T, TKey, TDbContext>(IServiceProvider services, ConventionArguments arguments,
        PageRequest request, bool counts, ProjectionPlan plan, Func<TDbContext, IQueryable<T>> source, Expression<Func<T, TKey>> foreignKey,
        IReadOnlyList<TKey> parents, CancellationToken cancellationToken)
        where T : class where TKey : notnull where TDbContext : DbContext
    {
        await using var db = FieldDbContextFactory<TDbContext>.ForBatch(services);
        var (query, keys) = ConventionQuery<T>.Create(arguments, db, source(db));
        var filtered = query.Where(KeyFilter.In(foreignKey, parents));
        var signature = SortKeyParser.Signature(keys);
        var rows = await SortApplier.OrderBy(ConnectionResolver.AfterCursors(filtered, keys, signature, request), keys, reverse: request.Backward)
            .Select(KeysetRow<T>.Projection(keys, plan, db))
            .ToListAsync(cancellationToken);
        var totals = counts
            ? await filtered.GroupBy(foreignKey).Select(g => new KeyCount<TKey> { Key = g.Key, Count = g.Count() })
                .ToDictionaryAsync(c => c.Key, c => c.Count, cancellationToken)
            : null;
        var parentOf = KeySelectors.Of(foreignKey);
        var pages = rows.GroupBy(row => parentOf(row.Node)).ToDictionary(group => group.Key, group =>
            ConnectionPageBuilder.Build(group.Take(request.Size + 1).ToList(), request, signature, totals is null ? null : totals.GetValueOrDefault(group.Key)));
        foreach (var (parent, total) in totals ?? [])
            pages.TryAdd(parent, ConnectionPageBuilder.Build(new List<KeysetRow<T>>(), request, signature, total)); // all rows before the cursor
        return pages.ToLookup(page => page.Key, page => page.Value);
    }

    private sealed class KeyCount<TKey>
    {
        public required TKey Key { get; init; }
        public int Count { get; init; }
    }
}
