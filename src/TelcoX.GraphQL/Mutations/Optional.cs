namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// An input field of a partial update: absent, or given (possibly as null). graphql-dotnet leaves
/// absent fields out of an input object's dictionary, so <see cref="From"/> can tell them apart.
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;

    public static Optional<T> From(IDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var value) ? new(true, (T)value!) : Unset;
}
