namespace TelcoX.GraphQL.Conventions.Paging;

public static class PagingLimits
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    public const int DefaultTake = 10;
    public const int MaxTake = 100;
}
