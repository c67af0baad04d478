using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Fields;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// A filtered, sorted list under each parent (customer.lines), batched: one statement per level —
/// WHERE filter AND parent IN (…) ORDER BY keys — selecting only the columns asked for.
/// </summary>
internal static class NestedListResolver
{
    public static IDataLoaderResult<IEnumerable<T>> Resolve<T, TKey, TDbContext>(IResolveFieldContext context, TKey parentKey,
        Func<TDbContext, IQueryable<T>> source, Expression<Func<T, TKey>> foreignKey, object? defaultOrder)
        where T : class where TKey : notnull where TDbContext : DbContext
    {
        var loaders = DataLoaderContext.For(context);
        return loaders.ForField(context, source,
            static state => Create(state.context, state.loaders, state.source, state.foreignKey, state.defaultOrder),
            (context, loaders, source, foreignKey, defaultOrder)).Load(parentKey);
    }

    private static BatchLoader<TKey, T> Create<T, TKey, TDbContext>(IResolveFieldContext context, DataLoaderContext loaders,
        Func<TDbContext, IQueryable<T>> source, Expression<Func<T, TKey>> foreignKey, object? defaultOrder)
        where T : class where TKey : notnull where TDbContext : DbContext
    {
        var arguments = ConventionArguments.From(context, defaultOrder);
        var plan = ProjectionPlan.For<T>(context, foreignKey);
        var services = context.RequestServices!;
        var keyOf = KeySelectors.Of(foreignKey);
        // Parents that ask with the same arguments and selection share one loader, so one statement.
        var name = $"{context.ParentType.Name}.{context.FieldDefinition.Name}:{JsonSerializer.Serialize(new { arguments.Where, arguments.Order })}#{plan.Signature}";
        return loaders.GetOrAdd(name, () => new BatchLoader<TKey, T>(async (parents, cancellationToken) =>
        {
            await using var db = FieldDbContextFactory<TDbContext>.ForBatch(services);
            IQueryable<T> Rows(TDbContext db, Expression parents)
            {
                var (filtered, keys) = ConventionQuery<T>.Create(arguments, db, source(db));
                return plan.Apply(SortApplier.OrderBy(filtered.Where(KeyFilter.In(foreignKey, parents)), keys, reverse: false), db);
            }
            // Unfiltered lists compile once per shape; a filter's values would make a shape per value.
            var rows = arguments.Where is null
                ? await CompiledQueries.ListAsync(db, source, $"{name}:{foreignKey}", parents, Rows, cancellationToken)
                : await Rows(db, ValueParameter.Of(parents.ToArray())).ToListAsync(cancellationToken);
            return rows.ToLookup(keyOf); // a lookup keeps each parent's rows in order
        }));
    }
}
