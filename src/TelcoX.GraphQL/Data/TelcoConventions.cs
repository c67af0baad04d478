using System.Linq.Expressions;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// The conventions library (src/TelcoX.GraphQL.Conventions) bound to <see cref="TelcoDbContext"/>, so
/// that fields name only their node: <c>query.Connection&lt;PlanGraphType, Plan&gt;("plans", db =&gt; db.Plans)</c>.
/// </summary>
public static class TelcoConventions
{
    /// <summary>A root connection or segment reads through a context that sees only the caller's rows.</summary>
    public static IServiceCollection AddTelcoConventions(this IServiceCollection services) =>
        services.AddConventions<TelcoDbContext>(context => context.CreateDbContext());

    public static FieldType Connection<TNodeGraphType, TNode>(this IComplexGraphType parent, string name, Func<TelcoDbContext, IQueryable<TNode>> query)
        where TNodeGraphType : IGraphType where TNode : class =>
        parent.Connection<TNodeGraphType, TNode, TelcoDbContext>(name, query);

    public static FieldType ConnectionPerParent<TNodeGraphType, TNode, TSource, TKey>(this ComplexGraphType<TSource> parent, string name,
        Func<TelcoDbContext, IQueryable<TNode>> query, Expression<Func<TNode, TKey>> foreignKey, Expression<Func<TSource, TKey>> parentKey,
        params (string Field, SortEnumType Direction)[] defaultOrder)
        where TNodeGraphType : IGraphType where TNode : class where TKey : notnull =>
        parent.ConnectionPerParent<TNodeGraphType, TNode, TSource, TKey, TelcoDbContext>(name, query, foreignKey, parentKey, defaultOrder);

    public static FieldType CollectionSegment<TNodeGraphType, TNode>(this IComplexGraphType parent, string name,
        Func<TelcoDbContext, IQueryable<TNode>> query, string? typeName = null)
        where TNodeGraphType : IGraphType where TNode : class =>
        parent.CollectionSegment<TNodeGraphType, TNode, TelcoDbContext>(name, query, typeName);

    public static FieldType ListPerParent<TNodeGraphType, TNode, TSource, TKey>(this ComplexGraphType<TSource> parent, string name,
        Func<TelcoDbContext, IQueryable<TNode>> query, Expression<Func<TNode, TKey>> foreignKey, Expression<Func<TSource, TKey>> parentKey,
        params (string Field, SortEnumType Direction)[] defaultOrder)
        where TNodeGraphType : IGraphType where TNode : class where TKey : notnull =>
        parent.ListPerParent<TNodeGraphType, TNode, TSource, TKey, TelcoDbContext>(name, query, foreignKey, parentKey, defaultOrder);

    extension(BatchedRows)
    {
        /// <summary><c>BatchedRows.By(db =&gt; db.Plans, plan =&gt; plan.Id)</c>: the library's look-up over <see cref="TelcoDbContext"/>.</summary>
        public static BatchedRows<TelcoDbContext, T, TKey> By<T, TKey>(Func<TelcoDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
            where T : class where TKey : notnull =>
            BatchedRows.By<TelcoDbContext, T, TKey>(query, foreignKey);
    }
}
