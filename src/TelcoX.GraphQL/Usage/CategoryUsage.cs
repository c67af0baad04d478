namespace TelcoX.GraphQL.Usage;

/// <summary>Bytes a data plan has used in one category.</summary>
public sealed record CategoryUsage(UsageCategory Category, long TotalBytes)
{
    public static IReadOnlyList<CategoryUsage> Of(DataPlan plan) =>
        [.. Enum.GetValues<UsageCategory>().Select(category => new CategoryUsage(category, plan.BytesFor(category)))];
}
