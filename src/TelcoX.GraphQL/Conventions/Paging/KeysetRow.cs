using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>A row and its sort-key values, read in the same SELECT so that cursors need no second look-up.</summary>
internal sealed class KeysetRow<T>
{
    public required T Node { get; init; }
    public required object?[] Keys { get; init; }

    public static Expression<Func<T, KeysetRow<T>>> Projection(IReadOnlyList<SortKey> keys)
    {
        var entity = keys[0].Selector.Parameters[0];
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Selector.Body, typeof(object))));
        var row = Expression.MemberInit(Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(Node))!, entity),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(Keys))!, values));
        return Expression.Lambda<Func<T, KeysetRow<T>>>(row, entity);
    }
}
