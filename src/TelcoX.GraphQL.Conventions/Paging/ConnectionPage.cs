using GraphQL.Types.Relay.DataObjects;

namespace TelcoX.GraphQL.Conventions.Paging;

public sealed record ConnectionPage(IReadOnlyList<ConnectionEdge> Edges, PageInfo PageInfo, int? TotalCount);

public sealed record ConnectionEdge(string Cursor, object Node);
