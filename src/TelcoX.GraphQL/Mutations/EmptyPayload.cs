using System.Collections;

namespace TelcoX.GraphQL.Mutations;

/// <summary>A payload with nothing but room for errors: its record's fields null, false or empty.</summary>
internal static class EmptyPayload<TPayload> where TPayload : Payload
{
    private static readonly Func<TPayload> Factory = BuildFactory();

    public static TPayload Create() => Factory();

    private static Func<TPayload> BuildFactory()
    {
        var constructor = typeof(TPayload).GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        var arguments = constructor.GetParameters().Select(p => EmptyValue(p.ParameterType)).ToArray();
        return () => (TPayload)constructor.Invoke(arguments);
    }

    // A non-null list field must still answer a list when the mutation failed.
    private static object? EmptyValue(Type type) =>
        type.IsValueType ? Activator.CreateInstance(type)
        : type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
            ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : null;
}
