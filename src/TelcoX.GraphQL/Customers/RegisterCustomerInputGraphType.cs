using GraphQL.Types;

namespace TelcoX.GraphQL.Customers;

public sealed class RegisterCustomerInputGraphType : InputObjectGraphType<RegisterCustomerInput>
{
    public RegisterCustomerInputGraphType()
    {
        Name = "RegisterCustomerInput";
        // Optional in the schema so that a missing value gets the seed's message, not a validation error.
        Field(i => i.Name, nullable: true).Description("Required.");
        Field(i => i.ServiceType, nullable: true).Description("Required free text: \"prepago\", \"soporte\", \"PQRS\" …");
        Field(i => i.Dni, nullable: true).Description("National id; unique when given.");
        Field(i => i.Email, nullable: true);
        Field(i => i.ContractNumber, nullable: true).Description("Unique; generated (CN-0000123) when left out.");
        Field(i => i.Line, type: typeof(FirstLineInputGraphType)).Description("A first line, created with its consumption.");
    }
}
