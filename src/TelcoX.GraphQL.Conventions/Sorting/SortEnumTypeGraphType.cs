using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Sorting;

public sealed class SortEnumTypeGraphType : EnumerationGraphType<SortEnumType>
{
    public SortEnumTypeGraphType() => Name = "SortEnumType";
}
