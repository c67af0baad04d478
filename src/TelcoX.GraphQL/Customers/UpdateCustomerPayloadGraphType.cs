using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed class UpdateCustomerPayloadGraphType : PayloadGraphType<UpdateCustomerPayload>
{
    public UpdateCustomerPayloadGraphType()
        : base("updateCustomer", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<CustomerGraphType>("customer").Resolve(context => context.Source.Customer);
}
