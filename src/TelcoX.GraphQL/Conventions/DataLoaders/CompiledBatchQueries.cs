using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Fields;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// A batch's query compiled once per shape with EF.CompileAsyncQuery, the keys its only parameter.
/// Building the LINQ tree and EF's cache lookup (walking and hashing the tree to find the compiled
/// query) cost more CPU than reading the rows for a page of 50 parents, and a shape — the field, its
/// source query, its arguments and selection — repeats on every request. A tree that still holds a
/// value of the request (a filter's operand, a captured variable) is never compiled: that value would
/// be frozen into the compiled query. Such shapes run as ordinary queries.
/// </summary>
internal static class CompiledBatchQueries
{
    private static readonly ConcurrentDictionary<(Type Row, Type Key, Delegate Source, string Shape), object> Cache = new();

    /// <summary>A marker cached for a shape that cannot be compiled.</summary>
    private static readonly object NotCompilable = new();

    /// <param name="build">The query for a keys expression; called once per shape to compile, or per batch when not compilable.</param>
    public static async Task<List<T>> ListAsync<T, TKey>(TelcoDbContext db, Delegate source, string shape, IReadOnlyList<TKey> keys,
        Func<TelcoDbContext, Expression, IQueryable<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        // Only a lambda that captures nothing stands for one query whatever request made it.
        var compiled = source.Target is { } target && !IsStaticLambdaCache(target)
            ? NotCompilable
            : Cache.GetOrAdd((typeof(T), typeof(TKey), source, shape), static (_, state) => Compile<T, TKey>(state.db, state.build), (db, build));
        if (compiled is not Func<TelcoDbContext, TKey[], IAsyncEnumerable<T>> query)
            return await build(db, ValueParameter.Of(keys.ToArray())).ToListAsync(cancellationToken);

        var rows = new List<T>(keys.Count);
        await foreach (var row in query(db, keys as TKey[] ?? [.. keys]).WithCancellation(cancellationToken))
            rows.Add(row);
        return rows;
    }

    private static object Compile<T, TKey>(TelcoDbContext db, Func<TelcoDbContext, Expression, IQueryable<T>> build)
        where T : class
    {
        var context = Expression.Parameter(typeof(TelcoDbContext), "db");
        var keys = Expression.Parameter(typeof(TKey[]), "keys");
        var body = build(db, keys).Expression;
        if (RequestValues.In(body))
            return NotCompilable;
        return EF.CompileAsyncQuery(Expression.Lambda<Func<TelcoDbContext, TKey[], IQueryable<T>>>(body, context, keys));
    }

    // C# keeps a non-capturing lambda on a singleton of its "<>c" class; a capturing one on a closure object.
    private static bool IsStaticLambdaCache(object target) => target.GetType().Name == "<>c";

    /// <summary>Finds constants that are objects (holders, closures, arrays): values of one request.</summary>
    private sealed class RequestValues : ExpressionVisitor
    {
        private bool found;

        public static bool In(Expression expression)
        {
            var visitor = new RequestValues();
            visitor.Visit(expression);
            return visitor.found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is { } value && !IsLiteral(value.GetType()))
                found = true;
            return node;
        }

        private static bool IsLiteral(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid);
    }
}
