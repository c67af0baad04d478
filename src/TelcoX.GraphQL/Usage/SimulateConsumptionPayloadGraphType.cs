using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

public sealed class SimulateConsumptionPayloadGraphType : PayloadGraphType<SimulateConsumptionPayload>
{
    public SimulateConsumptionPayloadGraphType()
        : base("simulateConsumption", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType))
    {
        Field(p => p.Changed).Description("How many lines changed; a line with nothing left to lower does not.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsumptionGraphType>>>>("consumptions")
            .Description("The consumptions that changed, by id.").Resolve(context => context.Source.Consumptions);
    }
}
