using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Customers;

public static class CustomerArrange
{
    /// <summary>Row counts plus every customer and line, to prove a refusal left the tables exactly as they were.</summary>
    public static async Task<string> SnapshotAsync(this TelcoApiFactory api)
    {
        await using var db = api.CreateDbContext();
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.Id}|{c.Name}|{c.Dni}|{c.Email}|{c.ServiceType}|{c.ContractNumber}").ToListAsync();
        var lines = await db.PhoneLines.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Id}|{l.Msisdn}|{l.CustomerId}|{l.PlanId}").ToListAsync();
        return $"{await RowCounts.ReadAsync(db)}\n{string.Join('\n', customers)}\n{string.Join('\n', lines)}";
    }

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
