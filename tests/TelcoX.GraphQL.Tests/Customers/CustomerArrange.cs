using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Customers;

public static class CustomerArrange
{
    public static async Task<int> AnyPlanIdAsync(this TelcoApiFactory api)
    {
        await using var db = api.CreateDbContext();
        return await db.Plans.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    public static async Task<GraphQL.Plans.Plan> PlanAsync(this TelcoApiFactory api, int id)
    {
        await using TelcoDbContext db = api.CreateDbContext();
        return await db.Plans.AsNoTracking().SingleAsync(p => p.Id == id);
    }
}
