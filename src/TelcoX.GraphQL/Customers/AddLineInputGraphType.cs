using GraphQL.Types;

namespace TelcoX.GraphQL.Customers;

public sealed class AddLineInputGraphType : InputObjectGraphType<AddLineInput>
{
    public AddLineInputGraphType()
    {
        Name = "AddLineInput";
        Field(i => i.CustomerId);
        Field(i => i.Msisdn, nullable: true).Description("5–15 digits with an optional leading '+', stored exactly as given.");
        Field(i => i.ProductType, type: typeof(NonNullGraphType<ProductTypeGraphType>));
        Field(i => i.PlanId, nullable: true).Description("A catalogue plan: the line starts with its data and minutes.");
    }
}
