using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed class RegisterCustomerPayloadGraphType : PayloadGraphType<RegisterCustomerPayload>
{
    public RegisterCustomerPayloadGraphType()
        : base("registerCustomer", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
    {
        Field<CustomerGraphType>("customer").Resolve(context => context.Source.Customer);
        Field<PhoneLineGraphType>("line").Description("The first line, when one was given.").Resolve(context => context.Source.Line);
        Field(p => p.Message, nullable: true).Description("\"Cliente registrado exitosamente\" when the customer was registered; null with errors.");
    }
}
