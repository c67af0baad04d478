using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class UsageEventQueries
{
    public static void AddUsageEventQueries(this ObjectGraphType query) =>
        query.Connection<UsageEventGraphType, UsageEvent>("usageEvents", db => db.UsageEvents)
            .Description = "Recorded usage events, filtered, sorted and paged; by id unless ordered.";
}
