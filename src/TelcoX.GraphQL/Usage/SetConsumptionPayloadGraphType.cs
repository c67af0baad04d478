using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

public sealed class SetConsumptionPayloadGraphType : PayloadGraphType<SetConsumptionPayload>
{
    public SetConsumptionPayloadGraphType()
        : base("setConsumption", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType)) =>
        Field<ConsumptionGraphType>("consumption").Description("The consumption as it now stands.").Resolve(context => context.Source.Consumption);
}
