using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Fields;

/// <summary>
/// Wraps a value so that EF sends it as a SQL parameter instead of inlining a literal: one cached
/// query plan per shape, whatever the values.
/// </summary>
internal static class ValueParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), Coerce(value, type))!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary>As above for a value already of its column's type, e.g. the key array of an IN list.</summary>
    public static Expression Of<T>(T value) => Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));

    public static object? Coerce(object? value, Type type)
    {
        if (value is null)
            return null;
        var target = ScalarTypes.Underlying(type);
        if (target.IsInstanceOfType(value))
            return value;
        return target.IsEnum ? Enum.ToObject(target, value) : Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
