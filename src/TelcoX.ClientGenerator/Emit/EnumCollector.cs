using GraphQL.Types;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>The enums the operations use, in results and (transitively) in inputs; each is emitted once.</summary>
public sealed class EnumCollector
{
    private readonly SortedDictionary<string, EnumerationGraphType> used = new(StringComparer.Ordinal);

    public string Use(IGraphType type)
    {
        if (type is not EnumerationGraphType enumType)
            throw new InvalidOperationException($"'{type.Name}' is neither a scalar, an enum nor an object type.");
        used.TryAdd(enumType.Name, enumType);
        return TypeMapper.Pascal(enumType.Name);
    }

    public IEnumerable<EnumerationGraphType> Used => used.Values;
}
