using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class UsageCategoryGraphType : EnumerationGraphType<UsageCategory>
{
    public UsageCategoryGraphType()
    {
        Name = "UsageCategory";
        Description = "What data was used for (seed 001's categories).";
    }
}
