namespace TelcoX.GraphQL.Conventions.Paging;

public sealed record CollectionSegmentPage(IReadOnlyList<object> Items, CollectionSegmentInfo PageInfo, int? TotalCount);

public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
