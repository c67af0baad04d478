using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>
/// Comparisons of one sort key with a cursor value, matching how both databases order it: NULL
/// sorts first ascending on SQLite and MariaDB alike, strings under the column's collation.
/// </summary>
internal static class KeyComparison
{
    private static readonly System.Reflection.MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Equal(Expression key, object? value) => value is null
        ? ScalarTypes.IsNullable(key.Type) ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Expression.Constant(false)
        : Expression.Equal(key, ValueParameter.Of(value, key.Type));

    /// <summary>Rows whose key sorts strictly after (<paramref name="greater"/>) or before the value.</summary>
    public static Expression Beyond(Expression key, object? value, bool greater)
    {
        var nullable = ScalarTypes.IsNullable(key.Type);
        if (value is null)
            return greater && nullable ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : Expression.Constant(false);
        var strict = Strict(key, value, greater);
        return greater || !nullable ? strict : Expression.OrElse(strict, Expression.Equal(key, Expression.Constant(null, key.Type)));
    }

    private static Expression Strict(Expression key, object value, bool greater)
    {
        var type = ScalarTypes.Underlying(key.Type);
        if (type == typeof(string))
        {
            var comparison = Expression.Call(Compare, key, ValueParameter.Of(value, typeof(string)));
            return greater ? Expression.GreaterThan(comparison, Expression.Constant(0)) : Expression.LessThan(comparison, Expression.Constant(0));
        }
        if (type.IsEnum)
            return EnumBeyond(key, type, value, greater);
        if (type == typeof(bool))
            return (bool)value == !greater ? Expression.Equal(key, Expression.Constant(greater, key.Type)) : Expression.Constant(false);
        var parameter = ValueParameter.Of(value, key.Type);
        return greater ? Expression.GreaterThan(key, parameter) : Expression.LessThan(key, parameter);
    }

    /// <summary>
    /// Enums are stored as their names, so the database orders them by name: "beyond" is the set
    /// of members whose names sort beyond, as an IN list (SQL cannot compare the CLR values).
    /// </summary>
    private static Expression EnumBeyond(Expression key, Type type, object value, bool greater)
    {
        var name = Enum.GetName(type, value)!;
        var members = Enum.GetValues(type).Cast<object>()
            .Where(member => string.CompareOrdinal(Enum.GetName(type, member), name) is var c && (greater ? c > 0 : c < 0))
            .ToList<object?>();
        return Filtering.ListOperations.In("in", key, members);
    }
}
