using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>Hot Chocolate's string operations, plus case-insensitive ieq/icontains/istartsWith/iendsWith.</summary>
public sealed class StringOperationFilterInputGraphType : InputObjectGraphType<object>
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("or");
        foreach (var name in StringOperations.Names)
            Field<StringGraphType>(name);
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
    }
}
