using GraphQL.Types;

namespace TelcoX.GraphQL.Customers;

public sealed class UpdateCustomerInputGraphType : InputObjectGraphType<UpdateCustomerInput>
{
    public UpdateCustomerInputGraphType()
    {
        Name = "UpdateCustomerInput";
        Description = "Only the fields sent change; null clears dni or email.";
        Field(i => i.Id);
        Field(i => i.Name, nullable: true);
        Field(i => i.ServiceType, nullable: true);
        Field(i => i.Dni, nullable: true);
        Field(i => i.Email, nullable: true);
        Field(i => i.ContractNumber, nullable: true);
    }

    // The parsed record alone cannot tell a field left out from one sent as null.
    public override object ParseDictionary(IDictionary<string, object?> value) =>
        (UpdateCustomerInput)base.ParseDictionary(value) with { Given = new HashSet<string>(value.Keys, StringComparer.Ordinal) };
}
