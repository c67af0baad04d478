using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class UsageEventQueries
{
    public static void AddUsageEventQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageEventGraphType>>>>("usageEvents")
            .Description("Every recorded usage event, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.UsageEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct)));
}
