using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>Builds input records that hold <see cref="Optional{T}"/> fields from the fields a client sent.</summary>
internal static class OptionalValue
{
    public static Type? Of(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : null;

    public static bool HasAny(Type record) => record.GetProperties().Any(p => Of(p.PropertyType) is not null);

    /// <summary>
    /// graphql-dotnet leaves absent fields out of <paramref name="fields"/>, so a parameter of type
    /// <see cref="Optional{T}"/> is set only for the fields sent; the others take their value as given.
    /// </summary>
    public static T Construct<T>(IDictionary<string, object?> fields, IInputObjectGraphType graphType)
    {
        var constructor = typeof(T).GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var name = graphType.Fields.Single(f => string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)).Name;
            var given = fields.TryGetValue(name, out var value);
            if (Of(parameter.ParameterType) is { } valueType)
                return Activator.CreateInstance(parameter.ParameterType, given, given ? ValueConverter.ConvertTo(value, valueType) : null);
            return given ? ValueConverter.ConvertTo(value, parameter.ParameterType) : parameter.HasDefaultValue ? parameter.DefaultValue : null;
        });
        return (T)constructor.Invoke([.. arguments]);
    }
}
