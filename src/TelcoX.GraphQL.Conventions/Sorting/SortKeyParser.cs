using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Sorting;

/// <summary>
/// Reads <c>order: [XxxSortInput!]</c> into ORDER BY terms, in the order given, and always ends with
/// the id so that every row has one place in the order (keyset paging depends on it).
/// </summary>
internal static class SortKeyParser
{
    public static IReadOnlyList<SortKey> Parse<T>(object? order, Expression now, QueryDialect dialect)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var keys = new List<SortKey>();
        foreach (var item in order as IEnumerable<object?> ?? [])
            Collect(entity, typeof(T), "", item as IDictionary<string, object?> ?? new Dictionary<string, object?>(), entity, now, dialect, keys);
        var key = EntityFields.KeyOf(typeof(T));
        var path = char.ToLowerInvariant(key[0]) + key[1..];
        if (!keys.Any(k => k.Path == path))
            keys.Add(new SortKey(path, Expression.Lambda(Expression.Property(entity, key), entity), false));
        return keys;
    }

    private static void Collect(Expression instance, Type type, string prefix, IDictionary<string, object?> input,
        ParameterExpression root, Expression now, QueryDialect dialect, List<SortKey> keys)
    {
        foreach (var (name, value) in input)
        {
            if (value is null)
                continue;
            var field = EntityFields.Get(type, name);
            var bound = field.Bind(instance, now);
            if (field.Kind == ConventionFieldKind.Object)
                Collect(bound, field.Type, $"{prefix}{name}.", (IDictionary<string, object?>)value, root, now, dialect, keys);
            else
                keys.Add(new SortKey(prefix + name, Expression.Lambda(dialect.Sortable(bound), root), (SortEnumType)value == SortEnumType.Desc));
        }
    }

    /// <summary>The order a cursor was made under; a cursor is only valid under the same one.</summary>
    public static string Signature(IReadOnlyList<SortKey> keys) =>
        string.Join(",", keys.Select(k => $"{k.Path}:{(k.Descending ? "DESC" : "ASC")}"));
}
