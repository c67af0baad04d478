using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Paging;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// The one line that gives a field Hot Chocolate's data conventions:
/// <c>query.Connection&lt;CustomerGraphType, Customer&gt;("customers", db =&gt; db.Customers);</c>
/// adds <c>customers(first, after, last, before, where, order): CustomersConnection</c>, all run in SQL.
/// </summary>
public static class ConventionFieldExtensions
{
    /// <summary>Cursor (keyset) paging with filtering and sorting over the query.</summary>
    public static FieldType Connection<TNodeGraphType, TNode>(this IComplexGraphType parent, string name, Func<TelcoDbContext, IQueryable<TNode>> query)
        where TNodeGraphType : IGraphType where TNode : class =>
        parent.Connection<TNodeGraphType, TNode>(name, (_, db) => query(db));

    /// <summary>As above, for a query that depends on the parent or an argument (<c>context.Source</c>).</summary>
    public static FieldType Connection<TNodeGraphType, TNode>(this IComplexGraphType parent, string name,
        Func<IResolveFieldContext, TelcoDbContext, IQueryable<TNode>> query)
        where TNodeGraphType : IGraphType where TNode : class =>
        parent.AddField(ConnectionField.Create<TNodeGraphType, TNode>(parent, name, query));

    /// <summary>Offset paging (skip/take) with filtering and sorting: Hot Chocolate's collection segment.</summary>
    public static FieldType CollectionSegment<TNodeGraphType, TNode>(this IComplexGraphType parent, string name, Func<TelcoDbContext, IQueryable<TNode>> query)
        where TNodeGraphType : IGraphType where TNode : class =>
        parent.AddField(CollectionSegmentField.Create<TNodeGraphType, TNode>(parent, name, (_, db) => query(db)));
}
