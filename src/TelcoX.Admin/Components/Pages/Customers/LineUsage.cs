using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Customers;

/// <summary>
/// What the detail page shows for one line: its consumption and active data plan. Built from the
/// customer query at first, then replaced by every onUsageUpdated snapshot.
/// </summary>
public sealed record LineUsage(string Msisdn, LineConsumption? Consumption, LineDataPlan? DataPlan)
{
    public static LineUsage From(GetCustomer_Customer_Lines line)
    {
        var plan = line.DataPlans.FirstOrDefault(p => p.IsActive) ?? line.DataPlans.FirstOrDefault();
        return new(
            line.Msisdn,
            line.Consumption is { } c ? new(c.Balance, c.DataMb, c.Minutes, c.UpdatedAt) : null,
            plan is null ? null : new(plan.LimitBytes, plan.UsedBytes, plan.PercentUsed, plan.IsActive, plan.Expired, plan.ExpiresAt,
                plan.Usage.Select(u => new CategoryBytes(u.Category, u.TotalBytes)).ToList()));
    }

    /// <summary>A fresh read, after the live feed was interrupted and may have missed changes.</summary>
    public static LineUsage From(GetLineUsage_Line line)
    {
        var plan = line.DataPlans.FirstOrDefault(p => p.IsActive) ?? line.DataPlans.FirstOrDefault();
        return new(
            line.Msisdn,
            line.Consumption is { } c ? new(c.Balance, c.DataMb, c.Minutes, c.UpdatedAt) : null,
            plan is null ? null : new(plan.LimitBytes, plan.UsedBytes, plan.PercentUsed, plan.IsActive, plan.Expired, plan.ExpiresAt,
                plan.Usage.Select(u => new CategoryBytes(u.Category, u.TotalBytes)).ToList()));
    }

    public static LineUsage From(OnUsageUpdated_OnUsageUpdated snapshot) => new(
        snapshot.Msisdn,
        snapshot.Consumption is { } c ? new(c.Balance, c.DataMb, c.Minutes, c.UpdatedAt) : null,
        snapshot.DataPlan is { } plan
            ? new(plan.LimitBytes, plan.UsedBytes, plan.PercentUsed, plan.IsActive, plan.Expired, plan.ExpiresAt,
                plan.Usage.Select(u => new CategoryBytes(u.Category, u.TotalBytes)).ToList())
            : null);
}

public sealed record LineConsumption(decimal Balance, decimal DataMb, int Minutes, DateTimeOffset UpdatedAt);

public sealed record LineDataPlan(long LimitBytes, long UsedBytes, decimal PercentUsed, bool IsActive, bool Expired,
    DateTimeOffset ExpiresAt, IReadOnlyList<CategoryBytes> Usage);

public sealed record CategoryBytes(UsageCategory Category, long TotalBytes);
