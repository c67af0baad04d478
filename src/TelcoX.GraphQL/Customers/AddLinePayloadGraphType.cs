using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Customers;

public sealed class AddLinePayloadGraphType : PayloadGraphType<AddLinePayload>
{
    public AddLinePayloadGraphType()
        : base("addLine", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<PhoneLineGraphType>("line").Description("The new line; its consumption is created with it.").Resolve(context => context.Source.Line);
}
