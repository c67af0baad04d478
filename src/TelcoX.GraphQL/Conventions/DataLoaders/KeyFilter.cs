using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

internal static class KeyFilter
{
    /// <summary><c>foreignKey IN (k1, k2, …)</c> with the keys inlined: the same SQL on SQLite and MariaDB.</summary>
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> foreignKey, IReadOnlyList<TKey> keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Expression.Constant(keys.ToArray()), foreignKey.Body),
            foreignKey.Parameters);
}
