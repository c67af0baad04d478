using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// Batched look-ups for nested fields, one SQL query per field per execution level:
/// <c>context.LoadMany(customer.Id, db =&gt; db.PhoneLines, line =&gt; line.CustomerId)</c> runs
/// <c>SELECT … FROM PhoneLines WHERE CustomerId IN (…)</c> once for every customer on the page.
/// </summary>
public static class DataLoaderExtensions
{
    /// <summary>The children of <paramref name="key"/> (one-to-many): rows whose <paramref name="foreignKey"/> equals it.</summary>
    public static IDataLoaderResult<IEnumerable<T>> LoadMany<T, TKey>(this IResolveFieldContext context, TKey key,
        Func<TelcoDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
        where T : class where TKey : notnull =>
        Loader(context, query, foreignKey).Load(key);

    /// <summary>The one row whose <paramref name="foreignKey"/> equals <paramref name="key"/> (one-to-one, many-to-one), or null.</summary>
    public static IDataLoaderResult<T?> LoadOne<T, TKey>(this IResolveFieldContext context, TKey key,
        Func<TelcoDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
        where T : class where TKey : notnull =>
        new MappedDataLoaderResult<IEnumerable<T>, T?>(Loader(context, query, foreignKey).Load(key), rows => rows.FirstOrDefault());

    private static BatchLoader<TKey, T> Loader<T, TKey>(IResolveFieldContext context, Func<TelcoDbContext, IQueryable<T>> query,
        Expression<Func<T, TKey>> foreignKey)
        where T : class where TKey : notnull
    {
        // Captured now: graphql-dotnet reuses context objects once a resolver returns.
        var services = context.RequestServices!;
        var loaders = DataLoaderContext.For(context);
        return loaders.ForField(context, query, () =>
        {
            // Selections that read different columns need different statements, so different loaders.
            var plan = ProjectionPlan.For<T>(context, foreignKey);
            var name = $"{context.ParentType.Name}.{context.FieldDefinition.Name}#{plan.Signature}";
            var keyOf = KeySelectors.Of(foreignKey);
            var shape = $"{name}:{foreignKey}";
            return loaders.GetOrAdd(name, () => new BatchLoader<TKey, T>(async (keys, cancellationToken) =>
            {
                await using var db = services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();
                var rows = await CompiledQueries.ListAsync(db, query, shape, keys,
                    (db, keys) => plan.Apply(query(db).AsNoTracking().Where(KeyFilter.In(foreignKey, keys)), db), cancellationToken);
                return rows.ToLookup(keyOf);
            }));
        });
    }
}
