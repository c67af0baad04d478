namespace TelcoX.GraphQL.Usage;

public enum UsageCategory
{
    Social,
    Entertainment,
    SystemUpdates,
    NavigationSearch,
}
