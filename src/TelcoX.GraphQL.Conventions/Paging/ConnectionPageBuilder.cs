using GraphQL.Types.Relay.DataObjects;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>Turns the size + 1 rows read for a page into its edges and page info.</summary>
internal static class ConnectionPageBuilder
{
    public static ConnectionPage Build<T>(List<KeysetRow<T>> rows, PageRequest request, string signature, int? total)
    {
        var hasMore = rows.Count > request.Size;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        if (request.Backward)
            rows.Reverse();
        var edges = rows.Select(row => new ConnectionEdge(CursorCodec.Encode(signature, row.Keys), row.Node!)).ToList();
        var pageInfo = new PageInfo
        {
            // Keyset paging knows the far side only in the direction it reads; the near side is
            // reported as "a cursor was given", which the Relay spec allows.
            HasNextPage = request.Backward ? request.Before is not null : hasMore,
            HasPreviousPage = request.Backward ? hasMore : request.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new ConnectionPage(edges, pageInfo, total);
    }
}
