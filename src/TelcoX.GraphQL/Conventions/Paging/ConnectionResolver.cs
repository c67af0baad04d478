using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Sorting;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>
/// One keyset page: WHERE (filter) AND (after/before cursor) ORDER BY keys LIMIT size + 1, the extra
/// row telling whether more exist. Backward pages run in reversed order and are flipped in memory.
/// </summary>
internal static class ConnectionResolver
{
    public static async Task<object?> ResolveAsync<T>(IResolveFieldContext context, Func<IResolveFieldContext, TelcoDbContext, IQueryable<T>> source)
        where T : class
    {
        var request = PageRequest.From(context);
        await using var db = context.CreateDbContext();
        var (filtered, keys) = ConventionQuery<T>.Create(context, db, source(context, db));
        var signature = SortKeyParser.Signature(keys);

        var page = filtered;
        if (request.After is { } after)
            page = page.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(after, signature, keys), after: true));
        if (request.Before is { } before)
            page = page.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(before, signature, keys), after: false));
        var rows = await SortApplier.OrderBy(page, keys, reverse: request.Backward)
            .Select(KeysetRow<T>.Projection(keys))
            .Take(request.Size + 1)
            .ToListAsync(context.CancellationToken);

        var hasMore = rows.Count > request.Size;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        if (request.Backward)
            rows.Reverse();
        var edges = rows.Select(row => new ConnectionEdge(CursorCodec.Encode(signature, row.Keys), row.Node)).ToList();
        var pageInfo = new PageInfo
        {
            // Keyset paging knows the far side only in the direction it reads; the near side is
            // reported as "a cursor was given", which the Relay spec allows.
            HasNextPage = request.Backward ? request.Before is not null : hasMore,
            HasPreviousPage = request.Backward ? hasMore : request.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        int? total = Selects(context, "totalCount") ? await filtered.CountAsync(context.CancellationToken) : null;
        return new ConnectionPage(edges, pageInfo, total);
    }

    public static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields?.Values.Any(selection => selection.Field.Name.Value == field) == true;
}
