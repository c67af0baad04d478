using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class UsageCategoryGraphType : EnumerationGraphType<UsageCategory>
{
    public UsageCategoryGraphType()
    {
        Name = "UsageCategory";
        Description = "What data was used for; a data plan counts its bytes per category.";
    }
}
