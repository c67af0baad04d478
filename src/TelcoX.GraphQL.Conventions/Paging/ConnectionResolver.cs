using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>
/// One keyset page: WHERE (filter) AND (after/before cursor) ORDER BY keys LIMIT size + 1, the extra
/// row telling whether more exist. Backward pages run in reversed order and are flipped in memory.
/// </summary>
internal static class ConnectionResolver
{
    public static async Task<object?> ResolveAsync<T, TDbContext>(IResolveFieldContext context, Func<TDbContext, IQueryable<T>> source)
        where T : class where TDbContext : DbContext
    {
        var request = PageRequest.From(context);
        var arguments = ConventionArguments.From(context);
        var plan = ProjectionPlan.For<T>(context);
        await using var db = FieldDbContextFactory<TDbContext>.ForField(context);
        IQueryable<T> Filtered(TDbContext db) => ConventionQuery<T>.Create(arguments, db, source(db)).Filtered;
        // A page with no filter and no cursor holds no value of the request: compiled once per shape,
        // so its LINQ tree is built only to compile it, or to count the rows.
        var compiled = arguments.Where is null && request.After is null && request.Before is null;
        var countsTotal = Selects(context, "totalCount");
        var filtered = compiled && !countsTotal ? null : Filtered(db);
        var keys = ConventionQuery<T>.SortKeys(arguments, db);
        var signature = SortKeyParser.Signature(keys);

        IQueryable<KeysetRow<T>> Page(TDbContext db, IQueryable<T> filtered) =>
            SortApplier.OrderBy(AfterCursors(filtered, keys, signature, request), keys, reverse: request.Backward)
                .Select(KeysetRow<T>.Projection(keys, plan, db))
                .Take(request.Size + 1);
        var rows = compiled
            ? await CompiledQueries.ListAsync(db, source, $"{signature}|{plan.Signature}|{request.Size}|{request.Backward}",
                db => Page(db, Filtered(db)), context.CancellationToken)
            : await Page(db, filtered!).ToListAsync(context.CancellationToken);
        int? total = countsTotal ? await filtered!.CountAsync(context.CancellationToken) : null;
        return ConnectionPageBuilder.Build(rows, request, signature, total);
    }

    /// <summary>The rows strictly between the after and before cursors, as a keyset WHERE (never OFFSET).</summary>
    public static IQueryable<T> AfterCursors<T>(IQueryable<T> filtered, IReadOnlyList<SortKey> keys, string signature, PageRequest request)
    {
        var page = filtered;
        if (request.After is { } after)
            page = page.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(after, signature, keys), after: true));
        if (request.Before is { } before)
            page = page.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(before, signature, keys), after: false));
        return page;
    }

    public static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields?.Values.Any(selection => selection.Field.Name.Value == field) == true;
}
