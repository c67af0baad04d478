using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Customers;

/// <summary>Seed 001's data categories in words.</summary>
public static class UsageCategoryNames
{
    public static string Of(UsageCategory category) => category switch
    {
        UsageCategory.Social => "Social",
        UsageCategory.Entertainment => "Entertainment",
        UsageCategory.SystemUpdates => "System updates",
        UsageCategory.NavigationSearch => "Navigation and search",
        _ => category.ToString(),
    };
}
