using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>A row and its sort-key values, read in the same SELECT so that cursors need no second look-up.</summary>
internal sealed class KeysetRow<T>
{
    public required T Node { get; init; }
    public required object?[] Keys { get; init; }

    /// <summary>The row (projected by <paramref name="plan"/>) and its keys; keys need not be among the selected columns.</summary>
    public static Expression<Func<T, KeysetRow<T>>> Projection(IReadOnlyList<SortKey> keys, ProjectionPlan plan, DbContext db)
    {
        var entity = keys[0].Selector.Parameters[0];
        var node = plan.Body(entity, db) ?? entity;
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Selector.Body, typeof(object))));
        var row = Expression.MemberInit(Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(Node))!, node),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(Keys))!, values));
        return Expression.Lambda<Func<T, KeysetRow<T>>>(row, entity);
    }
}
