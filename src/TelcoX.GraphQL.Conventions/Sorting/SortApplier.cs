using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Sorting;

internal static class SortApplier
{
    /// <summary>ORDER BY the keys; <paramref name="reverse"/> flips every direction (for last/before).</summary>
    public static IQueryable<T> OrderBy<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Type], expression, Expression.Quote(keys[i].Selector));
        }
        return query.Provider.CreateQuery<T>(expression);
    }
}
