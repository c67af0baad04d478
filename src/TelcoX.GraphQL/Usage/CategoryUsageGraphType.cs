using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class CategoryUsageGraphType : ObjectGraphType<CategoryUsage>
{
    public CategoryUsageGraphType()
    {
        Name = "CategoryUsage";
        Description = "Bytes a data plan has used in one category.";
        Field(u => u.Category, type: typeof(NonNullGraphType<UsageCategoryGraphType>));
        Field(u => u.TotalBytes);
    }
}
