using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Paging;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// One connection or segment type per name per schema. Each field builds its own (Query.invoices and
/// Customer.invoices both make an InvoicesConnection), but a schema accepts one instance per name:
/// call <see cref="Share"/> from <c>Schema.OnBeforeInitializeType</c>, and later fields point at the
/// first instance, as Hot Chocolate shares one type between fields of one name and node. A schema
/// whose connection names are all different needs none of this.
/// </summary>
public sealed class ConventionTypeSharing
{
    private readonly Dictionary<string, IGraphType> first = [];

    public void Share(IGraphType type)
    {
        if (type is not IComplexGraphType complex)
            return;
        lock (first)
        {
            foreach (var field in complex.Fields)
            {
                if (field.ResolvedType is not (ConnectionGraphType or CollectionSegmentGraphType) || field.ResolvedType.Name is not { } name)
                    continue;
                // Different node types under one name are left alone: the schema then reports the clash.
                if (!first.TryAdd(name, field.ResolvedType) && SameNodes(first[name], field.ResolvedType))
                    field.ResolvedType = first[name];
            }
        }
    }

    private static bool SameNodes(IGraphType shared, IGraphType candidate) =>
        NodeType(shared) is { } type && type == NodeType(candidate);

    private static Type? NodeType(IGraphType connection) =>
        connection is IComplexGraphType complex ? (complex.GetField("nodes") ?? complex.GetField("items"))?.Type : null;
}
