using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// A convention query compiled once per shape with EF.CompileAsyncQuery. Building the LINQ tree and
/// EF's cache lookup (walking and hashing the tree to find its compiled query) cost more CPU than
/// reading the rows of a page of 50, and a shape — the field's query, its arguments and selection —
/// repeats on every request. The cache is keyed by the method of the query's lambda, one per lambda
/// in the program's text, so it stays bounded whoever builds the lambda and how often; a lambda that
/// captures state, or a tree that holds a value of the request (a filter's operand, a cursor), is
/// never compiled, since that value would be frozen into the compiled query. Callers pass shapes
/// whose number is bounded by the schema (never one per filter value): each is kept for good.
/// </summary>
internal static class CompiledQueries
{
    private static readonly ConcurrentDictionary<(Type Row, Type Key, MethodInfo Query, string Shape), object> Cache = new();
    private static readonly ConcurrentDictionary<(Type Row, MethodInfo Query, string Shape), object> PageCache = new();
    private static readonly ConcurrentDictionary<Type, bool> Stateless = new();

    /// <summary>A marker cached for a shape that cannot be compiled.</summary>
    private static readonly object NotCompilable = new();

    /// <summary>A batch: the rows for <paramref name="keys"/>, which are the compiled query's one parameter.</summary>
    /// <param name="query">The lambda the rows come from (a field's or a <c>BatchedRows</c>'s query).</param>
    /// <param name="build">The query for a keys expression; called once per shape to compile, or per batch when not compilable.</param>
    public static async Task<List<T>> ListAsync<TDbContext, T, TKey>(TDbContext db, Delegate query, string shape, IReadOnlyList<TKey> keys,
        Func<TDbContext, Expression, IQueryable<T>> build, CancellationToken cancellationToken)
        where TDbContext : DbContext where T : class
    {
        var compiled = CodeOf(query) is { } method
            ? Cache.GetOrAdd((typeof(T), typeof(TKey), method, shape), static (_, state) => Compile<TDbContext, T, TKey>(state.db, state.build), (db, build))
            : NotCompilable;
        return compiled is Func<TDbContext, TKey[], IAsyncEnumerable<T>> compiledQuery
            ? await compiledQuery(db, keys as TKey[] ?? [.. keys]).ToListAsync(cancellationToken)
            : await build(db, ValueParameter.Of(keys.ToArray())).ToListAsync(cancellationToken);
    }

    /// <summary>A query with no parameter, e.g. a first page with no filter.</summary>
    public static async Task<List<T>> ListAsync<TDbContext, T>(TDbContext db, Delegate query, string shape,
        Func<TDbContext, IQueryable<T>> build, CancellationToken cancellationToken)
        where TDbContext : DbContext where T : class
    {
        var compiled = CodeOf(query) is { } method
            ? PageCache.GetOrAdd((typeof(T), method, shape), static (_, state) => Compile(state.db, state.build), (db, build))
            : NotCompilable;
        return compiled is Func<TDbContext, IAsyncEnumerable<T>> compiledQuery
            ? await compiledQuery(db).ToListAsync(cancellationToken)
            : await build(db).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The lambda's method when the lambda captures nothing: it then stands for one query whoever made
    /// it. A target with fields (a closure's captured variables, an object's state) might hold values
    /// of the request; null means "do not compile".
    /// </summary>
    private static MethodInfo? CodeOf(Delegate query) =>
        query.Target is null || Stateless.GetOrAdd(query.Target.GetType(), static type => !HasInstanceFields(type)) ? query.Method : null;

    private static bool HasInstanceFields(Type type)
    {
        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetFields(Declared).Length > 0)
                return true;
        }
        return false;
    }

    private static object Compile<TDbContext, T>(TDbContext db, Func<TDbContext, IQueryable<T>> build)
        where TDbContext : DbContext where T : class
    {
        var body = build(db).Expression;
        return RequestValues.In(body)
            ? NotCompilable
            : EF.CompileAsyncQuery(Expression.Lambda<Func<TDbContext, IQueryable<T>>>(body, Expression.Parameter(typeof(TDbContext), "db")));
    }

    private static object Compile<TDbContext, T, TKey>(TDbContext db, Func<TDbContext, Expression, IQueryable<T>> build)
        where TDbContext : DbContext where T : class
    {
        var context = Expression.Parameter(typeof(TDbContext), "db");
        var keys = Expression.Parameter(typeof(TKey[]), "keys");
        var body = build(db, keys).Expression;
        if (RequestValues.In(body))
            return NotCompilable;
        return EF.CompileAsyncQuery(Expression.Lambda<Func<TDbContext, TKey[], IQueryable<T>>>(body, context, keys));
    }

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
