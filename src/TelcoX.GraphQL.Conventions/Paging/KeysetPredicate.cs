using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>
/// The WHERE that replaces OFFSET: rows strictly after (or before) a cursor in the sort order,
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c>, each comparison flipped for DESC keys.
/// </summary>
internal static class KeysetPredicate
{
    public static Expression<Func<T, bool>> Build<T>(IReadOnlyList<SortKey> keys, object?[] values, bool after)
    {
        var entity = keys[0].Selector.Parameters[0];
        Expression? result = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            Expression term = KeyComparison.Beyond(keys[i].Selector.Body, values[i], greater: after != keys[i].Descending);
            for (var j = i - 1; j >= 0; j--)
                term = Expression.AndAlso(KeyComparison.Equal(keys[j].Selector.Body, values[j]), term);
            result = result is null ? term : Expression.OrElse(term, result);
        }
        return Expression.Lambda<Func<T, bool>>(result!, entity);
    }
}
