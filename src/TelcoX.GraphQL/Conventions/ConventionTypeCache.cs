using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// One connection/segment type per name per parent. graphql-dotnet rejects two instances with one
/// name, and a parent type belongs to one schema, so its metadata is the right place to keep them.
/// </summary>
internal static class ConventionTypeCache
{
    private const string Key = "telcox.conventions.types";

    public static IGraphType GetOrAdd(IGraphType parent, string name, Func<IGraphType> create)
    {
        lock (parent)
        {
            if (parent.Metadata.GetValueOrDefault(Key) is not Dictionary<string, IGraphType> types)
                parent.Metadata[Key] = types = [];
            if (!types.TryGetValue(name, out var type))
                types[name] = type = create();
            return type;
        }
    }

    public static string PascalCase(string fieldName) => char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
}
