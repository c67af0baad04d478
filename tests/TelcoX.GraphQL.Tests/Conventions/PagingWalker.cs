namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>Pages through a whole connection, forwards or backwards, collecting ids and statements.</summary>
public static class PagingWalker
{
    public static async Task<(List<int> Ids, int Pages)> WalkForwardAsync(ConventionsDatabase db, string field, string arguments, int size)
    {
        var ids = new List<int>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = (await db.DataAsync($"{{ {field}(first: {size}{cursor}{arguments}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}"))
                .GetProperty(field);
            ids.AddRange(page.Ids());
            if (!page.HasPage("hasNextPage"))
                return (ids, pages);
            after = page.Cursor("endCursor");
        }
    }

    public static async Task<(List<int> Ids, int Pages)> WalkBackwardAsync(ConventionsDatabase db, string field, string arguments, int size)
    {
        var ids = new List<int>();
        string? before = null;
        for (var pages = 1; ; pages++)
        {
            var cursor = before is null ? "" : $", before: \"{before}\"";
            var page = (await db.DataAsync($"{{ {field}(last: {size}{cursor}{arguments}) {{ nodes {{ id }} pageInfo {{ hasPreviousPage startCursor }} }} }}"))
                .GetProperty(field);
            ids.InsertRange(0, page.Ids());
            if (!page.HasPage("hasPreviousPage"))
                return (ids, pages);
            before = page.Cursor("startCursor");
        }
    }
}
