using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>
/// eq neq in nin over an enum. The enum's graph type is looked up by CLR type, so the schema's own
/// mapping (e.g. an InvoiceStatusGraphType) is reused rather than duplicated.
/// </summary>
public sealed class EnumOperationFilterInputGraphType<TEnum> : InputObjectGraphType<object>
    where TEnum : struct, Enum
{
    public EnumOperationFilterInputGraphType()
    {
        Name = $"{typeof(TEnum).Name}OperationFilterInput";
        Field<ListGraphType<NonNullGraphType<EnumOperationFilterInputGraphType<TEnum>>>>("and");
        Field<ListGraphType<NonNullGraphType<EnumOperationFilterInputGraphType<TEnum>>>>("or");
        Field<GraphQLClrInputTypeReference<TEnum>>("eq");
        Field<GraphQLClrInputTypeReference<TEnum>>("neq");
        Field<ListGraphType<NonNullGraphType<GraphQLClrInputTypeReference<TEnum>>>>("in");
        Field<ListGraphType<NonNullGraphType<GraphQLClrInputTypeReference<TEnum>>>>("nin");
    }
}
