using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// Batched look-ups written inline in a resolver:
/// <c>context.LoadMany(customer.Id, db =&gt; db.PhoneLines, line =&gt; line.CustomerId)</c> runs
/// <c>SELECT … FROM PhoneLines WHERE CustomerId IN (…)</c> once for every customer on the page.
/// Schema fields declare a <see cref="BatchedRows{T, TKey}"/> once instead, which builds nothing per parent.
/// </summary>
public static class DataLoaderExtensions
{
    /// <summary>The children of <paramref name="key"/> (one-to-many): rows whose <paramref name="foreignKey"/> equals it.</summary>
    public static IDataLoaderResult<IEnumerable<T>> LoadMany<T, TKey>(this IResolveFieldContext context, TKey key,
        Func<TelcoDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
        where T : class where TKey : notnull =>
        BatchedRows.By(query, foreignKey).Many(context, key);

    /// <summary>The one row whose <paramref name="foreignKey"/> equals <paramref name="key"/> (one-to-one, many-to-one), or null.</summary>
    public static IDataLoaderResult<T?> LoadOne<T, TKey>(this IResolveFieldContext context, TKey key,
        Func<TelcoDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
        where T : class where TKey : notnull =>
        BatchedRows.By(query, foreignKey).One(context, key);
}
