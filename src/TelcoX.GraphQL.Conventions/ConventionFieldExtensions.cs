using System.Linq.Expressions;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Paging;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// The one line that gives a field Hot Chocolate's data conventions:
/// <c>query.Connection&lt;CustomerGraphType, Customer, ShopDbContext&gt;("customers", db =&gt; db.Customers);</c>
/// adds <c>customers(first, after, last, before, where, order): CustomersConnection</c>, all run in SQL.
/// Each query is a lambda given once, when the schema is built: its shapes are compiled and cached for good.
/// </summary>
public static class ConventionFieldExtensions
{
    /// <summary>Cursor (keyset) paging with filtering and sorting over the query.</summary>
    public static FieldType Connection<TNodeGraphType, TNode, TDbContext>(this IComplexGraphType parent, string name,
        Func<TDbContext, IQueryable<TNode>> query)
        where TNodeGraphType : IGraphType where TNode : class where TDbContext : DbContext =>
        parent.AddField(ConnectionField.Create<TNodeGraphType, TNode>(name,
            new FuncFieldResolver<object?>(context => new ValueTask<object?>(ConnectionResolver.ResolveAsync(context, query)))));

    /// <summary>
    /// A connection under each parent (<c>customer.invoices</c>), batched through the request's
    /// DataLoader: the parents of one level cost one statement. <paramref name="defaultOrder"/>
    /// applies when the client passes no <c>order</c>; the id always ends it.
    /// </summary>
    public static FieldType ConnectionPerParent<TNodeGraphType, TNode, TSource, TKey, TDbContext>(this ComplexGraphType<TSource> parent,
        string name, Func<TDbContext, IQueryable<TNode>> query, Expression<Func<TNode, TKey>> foreignKey,
        Expression<Func<TSource, TKey>> parentKey, params (string Field, SortEnumType Direction)[] defaultOrder)
        where TNodeGraphType : IGraphType where TNode : class where TKey : notnull where TDbContext : DbContext
    {
        var order = OrderArgument(defaultOrder);
        var keyOf = parentKey.Compile();
        return parent.AddField(ConnectionField.Create<TNodeGraphType, TNode>(name, new FuncFieldResolver<TSource, object?>(context =>
            NestedConnectionResolver.Resolve(context, keyOf(context.Source), query, foreignKey, order))).Requires(parentKey));
    }

    /// <summary>
    /// Offset paging (skip/take) with filtering and sorting: Hot Chocolate's collection segment, named
    /// <c>{typeName}CollectionSegment</c> (by default the field's name in PascalCase).
    /// </summary>
    public static FieldType CollectionSegment<TNodeGraphType, TNode, TDbContext>(this IComplexGraphType parent, string name,
        Func<TDbContext, IQueryable<TNode>> query, string? typeName = null)
        where TNodeGraphType : IGraphType where TNode : class where TDbContext : DbContext =>
        parent.AddField(CollectionSegmentField.Create<TNodeGraphType, TNode, TDbContext>(name, query, typeName));

    /// <summary>
    /// A list under each parent (<c>customer.lines</c>) with Hot Chocolate's <c>where</c> and <c>order</c>
    /// (as [UseFiltering]/[UseSorting] on a list), batched through the request's DataLoader: the
    /// parents of one level cost one statement. <paramref name="defaultOrder"/> applies when the
    /// client passes no <c>order</c>; the id always ends it.
    /// </summary>
    public static FieldType ListPerParent<TNodeGraphType, TNode, TSource, TKey, TDbContext>(this ComplexGraphType<TSource> parent, string name,
        Func<TDbContext, IQueryable<TNode>> query, Expression<Func<TNode, TKey>> foreignKey, Expression<Func<TSource, TKey>> parentKey,
        params (string Field, SortEnumType Direction)[] defaultOrder)
        where TNodeGraphType : IGraphType where TNode : class where TKey : notnull where TDbContext : DbContext
    {
        var order = OrderArgument(defaultOrder);
        var keyOf = parentKey.Compile();
        return parent.AddField(new FieldType
        {
            Name = name,
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>),
            Arguments = new QueryArguments(
                new QueryArgument<FilterInputGraphType<TNode>> { Name = "where" },
                new QueryArgument<ListGraphType<NonNullGraphType<SortInputGraphType<TNode>>>> { Name = "order" }),
            Resolver = new FuncFieldResolver<TSource, object?>(context =>
                NestedListResolver.Resolve(context, keyOf(context.Source), query, foreignKey, order)),
        }.Requires(parentKey));
    }

    /// <summary>A default order as the <c>order</c> argument would hold it.</summary>
    private static List<object?>? OrderArgument((string Field, SortEnumType Direction)[] terms) =>
        terms.Length == 0 ? null : [.. terms.Select(term => (object?)new Dictionary<string, object?> { [term.Field] = term.Direction })];
}
