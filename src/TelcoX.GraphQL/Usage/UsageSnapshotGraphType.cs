using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class UsageSnapshotGraphType : ObjectGraphType<UsageSnapshot>
{
    public UsageSnapshotGraphType()
    {
        Name = "UsageSnapshot";
        Description = "A line's balance, data and minutes and its active data plan, read when the change was pushed.";
        Field(s => s.Msisdn);
        Field<ConsumptionGraphType>("consumption").Description("Null for a line without consumption.")
            .Resolve(context => context.Source.Consumption);
        Field<DataPlanGraphType>("dataPlan").Description("The active data plan with usage by category; null when none is active.")
            .Resolve(context => context.Source.DataPlan);
    }
}
