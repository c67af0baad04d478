using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.Projection;

namespace TelcoX.GraphQL.Usage;

public sealed class DataPlanGraphType : ObjectGraphType<DataPlan>
{
    public DataPlanGraphType()
    {
        Name = "DataPlan";
        Description = "A line's data allowance and what it has used, by category.";
        Field(p => p.Id);
        Field(p => p.LimitBytes).Description("The allowance in bytes (Long: 30 GiB exceeds Int).");
        Field(p => p.UsedBytes).Description("Bytes used so far, all categories together.");
        Field(p => p.StartAt);
        Field(p => p.ExpiresAt);
        Field(p => p.IsActive).Description("The plan usage events are counted against; it may still have expired.");
        Field<NonNullGraphType<BooleanGraphType>>("expired")
            .Description("True once the expiry has passed.").Requires(p => p.ExpiresAt).Resolve(c => c.Source.IsExpiredAt(RequestClock.Now(c)));
        Field<NonNullGraphType<LongGraphType>>("remainingBytes")
            .Description("Bytes left, never below zero.").Requires(p => p.LimitBytes, p => p.UsedBytes).Resolve(c => Math.Max(0, c.Source.LimitBytes - c.Source.UsedBytes));
        Field<NonNullGraphType<DecimalGraphType>>("percentUsed")
            .Description("Used bytes as a percentage of the limit, two decimal places (half away from zero).")
            .Requires(p => p.LimitBytes, p => p.UsedBytes)
            .Resolve(c => PercentUsed(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryUsageGraphType>>>>("usage")
            .Description("Bytes used per category, one entry for each category.")
            .Requires(p => new { p.SocialBytes, p.EntertainmentBytes, p.SystemUpdatesBytes, p.NavigationSearchBytes }).Resolve(c => CategoryUsage.Of(c.Source));
    }

    private static decimal PercentUsed(DataPlan plan) =>
        plan.LimitBytes <= 0 ? 0m : Math.Round(plan.UsedBytes * 100m / plan.LimitBytes, 2, MidpointRounding.AwayFromZero);
}
