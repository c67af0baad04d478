using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// A batched look-up declared once, when the schema is built:
/// <c>var planById = BatchedRows.By((ShopDbContext db) =&gt; db.Plans, plan =&gt; plan.Id)</c>, then
/// <c>planById.One(context, planId)</c> for each parent. Rows are fetched with one SQL statement per
/// field per execution level: <c>SELECT … FROM Plans WHERE Id IN (…)</c>. Declared inline in a
/// resolver instead, the key lambda would be a new expression tree for every parent.
/// </summary>
public static class BatchedRows
{
    public static BatchedRows<TDbContext, T, TKey> By<TDbContext, T, TKey>(Func<TDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
        where TDbContext : DbContext where T : class where TKey : notnull =>
        new(query, foreignKey);
}

/// <inheritdoc cref="BatchedRows"/>
public sealed class BatchedRows<TDbContext, T, TKey>(Func<TDbContext, IQueryable<T>> query, Expression<Func<T, TKey>> foreignKey)
    where TDbContext : DbContext where T : class where TKey : notnull
{
    // Worked out by the first request, then kept: the schema declares each instance once.
    private Func<T, TKey>? keyOf;
    private string? foreignKeyText;

    // A field of a (cached) document selects the same columns on every request: its loader's name is kept on its syntax node.
    private readonly ConditionalWeakTable<GraphQLField, LoaderShape> shapes = [];

    private sealed record LoaderShape(ProjectionPlan Plan, string Name, string Shape);

    /// <summary>The children of <paramref name="key"/> (one-to-many): rows whose foreign key equals it.</summary>
    public IDataLoaderResult<IEnumerable<T>> Many(IResolveFieldContext context, TKey key) => Loader(context).Load(key);

    /// <summary>The one row whose foreign key equals <paramref name="key"/> (one-to-one, many-to-one), or null.</summary>
    public IDataLoaderResult<T?> One(IResolveFieldContext context, TKey key) => Loader(context).LoadFirst(key);

    private BatchLoader<TKey, T> Loader(IResolveFieldContext context)
    {
        var loaders = DataLoaderContext.For(context);
        return loaders.ForField(context, query, static state => state.Rows.Create(state.Context, state.Loaders), (Rows: this, Context: context, Loaders: loaders));
    }

    private BatchLoader<TKey, T> Create(IResolveFieldContext context, DataLoaderContext loaders)
    {
        // Captured now: graphql-dotnet reuses context objects once a resolver returns.
        var services = context.RequestServices!;
        var (plan, name, shape) = shapes.GetValue(context.FieldAst, _ =>
        {
            // Selections that read different columns need different statements, so different loaders.
            var plan = ProjectionPlan.For<T>(context, foreignKey);
            var name = $"{context.ParentType.Name}.{context.FieldDefinition.Name}#{plan.Signature}";
            return new LoaderShape(plan, name, $"{name}:{foreignKeyText ??= foreignKey.ToString()}");
        });
        var keyOf = this.keyOf ??= KeySelectors.Of(foreignKey);
        return loaders.GetOrAdd(name, () => new BatchLoader<TKey, T>(async (keys, cancellationToken) =>
        {
            await using var db = FieldDbContextFactory<TDbContext>.ForBatch(services);
            var rows = await CompiledQueries.ListAsync(db, query, shape, keys,
                (db, keys) => plan.Apply(query(db).AsNoTracking().Where(KeyFilter.In(foreignKey, keys)), db), cancellationToken);
            return rows.ToLookup(keyOf);
        }));
    }
}
