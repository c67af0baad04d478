using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Fields;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// A convention query compiled once per shape with EF.CompileAsyncQuery. Building the LINQ tree and
/// EF's cache lookup (walking and hashing the tree to find its compiled query) cost more CPU than
/// reading the rows of a page of 50, and a shape — the field, its source query, its arguments and
/// selection — repeats on every request. A tree that still holds a value of the request (a filter's
/// operand, a cursor, a captured variable) is never compiled, since that value would be frozen into
/// the compiled query; such shapes run as ordinary queries. Callers pass only shapes whose number is
/// bounded by the schema (never one per filter value), since each is kept for the process's life.
/// </summary>
internal static class CompiledQueries
{
    private static readonly ConcurrentDictionary<(Type Row, Type Key, Delegate Source, string Shape), object> Cache = new();
    private static readonly ConcurrentDictionary<(Type Row, Delegate Source, string Shape), object> PageCache = new();

    /// <summary>A marker cached for a shape that cannot be compiled.</summary>
    private static readonly object NotCompilable = new();

    /// <summary>A batch: the rows for <paramref name="keys"/>, which are the compiled query's one parameter.</summary>
    /// <param name="build">The query for a keys expression; called once per shape to compile, or per batch when not compilable.</param>
    public static async Task<List<T>> ListAsync<T, TKey>(TelcoDbContext db, Delegate source, string shape, IReadOnlyList<TKey> keys,
        Func<TelcoDbContext, Expression, IQueryable<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        // Only a lambda that captures nothing stands for one query whatever request made it.
        var compiled = source.Target is { } target && !IsStaticLambdaCache(target)
            ? NotCompilable
            : Cache.GetOrAdd((typeof(T), typeof(TKey), source, shape), static (_, state) => Compile<T, TKey>(state.db, state.build), (db, build));
        return compiled is Func<TelcoDbContext, TKey[], IAsyncEnumerable<T>> query
            ? await query(db, keys as TKey[] ?? [.. keys]).ToListAsync(cancellationToken)
            : await build(db, ValueParameter.Of(keys.ToArray())).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A query with no parameter, e.g. a first page with no filter. <paramref name="source"/> must be
    /// fixed when the schema is built (a field's query), so that it stands for one query per shape.
    /// </summary>
    public static async Task<List<T>> ListAsync<T>(TelcoDbContext db, Delegate source, string shape,
        Func<TelcoDbContext, IQueryable<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        var compiled = PageCache.GetOrAdd((typeof(T), source, shape), static (_, state) => Compile(state.db, state.build), (db, build));
        return compiled is Func<TelcoDbContext, IAsyncEnumerable<T>> query
            ? await query(db).ToListAsync(cancellationToken)
            : await build(db).ToListAsync(cancellationToken);
    }

    private static object Compile<T>(TelcoDbContext db, Func<TelcoDbContext, IQueryable<T>> build)
        where T : class
    {
        var body = build(db).Expression;
        return RequestValues.In(body)
            ? NotCompilable
            : EF.CompileAsyncQuery(Expression.Lambda<Func<TelcoDbContext, IQueryable<T>>>(body, Expression.Parameter(typeof(TelcoDbContext), "db")));
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
