using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

public sealed class RecordUsageEventPayloadGraphType : PayloadGraphType<RecordUsageEventPayload>
{
    public RecordUsageEventPayloadGraphType()
        : base("recordUsageEvent", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
    {
        Field<DataPlanGraphType>("dataPlan").Description("The active data plan after the event, with usage by category.")
            .Resolve(context => context.Source.DataPlan);
        Field<UsageEventGraphType>("usageEvent").Description("The stored event; for a repeated event id, the one first counted.")
            .Resolve(context => context.Source.UsageEvent);
        Field<NonNullGraphType<BooleanGraphType>>("counted")
            .Description("False when this event id had already been counted, so nothing was added.")
            .Resolve(context => context.Source.Errors is null && context.Source.Counted);
    }
}
