using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>A fresh start's lines: data plans follow the line's plan, and the consumption reads what the active one has left.</summary>
public sealed class DemoDataPlansTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task EveryDemoLineOnAPlanWithDataHasOneActiveDataPlanOfThatSizeWhoseRemainingMbIsItsData()
    {
        await using var db = api.CreateDbContext();
        var lines = await db.PhoneLines.AsNoTracking().Include(l => l.Plan).Include(l => l.Consumption)
            .Include(l => l.DataPlans.Where(p => p.IsActive)).ToListAsync();

        var withData = lines.Where(l => l.Plan is { DataMb: > 0 }).ToList();
        Assert.True(withData.Count >= 30, $"{withData.Count} demo lines on plans with data");
        Assert.All(withData, line =>
        {
            var plan = Assert.Single(line.DataPlans);
            Assert.Equal(LineDataPlans.Bytes(line.Plan!.DataMb), plan.LimitBytes);
            Assert.Equal(LineDataPlans.RemainingMb(plan), line.Consumption!.DataMb);
        });
        Assert.All(lines.Where(l => l.Plan is { DataMb: 0 }), line =>
        {
            Assert.Empty(line.DataPlans);
            Assert.Equal(0m, line.Consumption!.DataMb);
        });
    }

    [Fact]
    public async Task JesusKeepsHisThirtyGibPlanWithItsFourEvents()
    {
        await using var db = api.CreateDbContext();
        var line = await db.PhoneLines.AsNoTracking().Include(l => l.Consumption).Include(l => l.DataPlans)
            .SingleAsync(l => l.Msisdn == DemoData.JesusMsisdn);

        var plan = Assert.Single(line.DataPlans);
        Assert.Equal((DemoData.ThirtyGiB, 3L * 1048576 + 524288, true), (plan.LimitBytes, plan.UsedBytes, plan.IsActive));
        Assert.Equal(4, await db.UsageEvents.CountAsync(e => e.DataPlanId == plan.Id));
        Assert.Equal((12.75m, 30716.50m, 320), (line.Consumption!.Balance, line.Consumption.DataMb, line.Consumption.Minutes));
    }
}
