using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Filtering;

public sealed class BooleanOperationFilterInputGraphType : InputObjectGraphType<object>
{
    public BooleanOperationFilterInputGraphType()
    {
        Name = "BooleanOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<BooleanOperationFilterInputGraphType>>>("and");
        Field<ListGraphType<NonNullGraphType<BooleanOperationFilterInputGraphType>>>("or");
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
    }
}
