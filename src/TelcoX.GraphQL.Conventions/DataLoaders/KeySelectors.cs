using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// Foreign-key lambdas compiled once per shape. Resolvers write them inline (a new expression object
/// on every call), and compiling one costs a dynamic method and its JIT: far more than the batch it groups.
/// </summary>
internal static class KeySelectors
{
    private static readonly ConcurrentDictionary<Expression, Delegate> Compiled = new(ExpressionEqualityComparer.Instance);

    public static Func<T, TKey> Of<T, TKey>(Expression<Func<T, TKey>> selector) =>
        (Func<T, TKey>)Compiled.GetOrAdd(selector, static expression => ((Expression<Func<T, TKey>>)expression).Compile());
}
