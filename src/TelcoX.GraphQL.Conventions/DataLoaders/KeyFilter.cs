using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

internal static class KeyFilter
{
    /// <summary>
    /// <c>foreignKey IN (k1, k2, …)</c>. The keys go in as a parameter, so EF compiles the query once
    /// whatever the keys (a constant array made every new set of parents a new query to compile); the
    /// context's TranslateParameterizedCollectionsToConstants still writes them inline in the SQL.
    /// </summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> foreignKey, IReadOnlyList<TKey> keys) =>
        In(foreignKey, ValueParameter.Of(keys.ToArray()));

    /// <summary><c>foreignKey IN keys</c> for a <c>TKey[]</c> expression: a holder as above, or a compiled query's parameter.</summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> foreignKey, Expression keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], keys, foreignKey.Body),
            foreignKey.Parameters);
}
