using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>Real concurrent HTTP requests against the in-memory server: no update may be lost or counted twice.</summary>
public sealed class UsageConcurrencyTests(ConcurrencyApiFactory api, ITestOutputHelper output) : IClassFixture<ConcurrencyApiFactory>
{
    private static readonly string[] Categories = ["SOCIAL", "ENTERTAINMENT", "SYSTEM_UPDATES", "NAVIGATION_SEARCH"];

    [Fact]
    public async Task AThousandConcurrentUsageEventsOnOneLineAddUpExactly()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1L << 40);
        var client = api.CreateClient(Role.Admin);
        var clock = Stopwatch.StartNew();

        var payloads = await Task.WhenAll(Enumerable.Range(1, 1000).Select(i => PostAsync(client, RecordUsageEventMutation, "recordUsageEvent",
            new { msisdn = arranged.Msisdn, category = Categories[i % 4], bytes = (long)i, eventId = $"test-{arranged.Msisdn}-{i}" })));

        Report("1000 concurrent recordUsageEvent", clock.Elapsed, 1000);
        Assert.All(payloads, payload => Assert.True(payload.GetProperty("counted").GetBoolean()));
        await using var db = api.CreateDbContext();
        var plan = await db.DataPlans.SingleAsync(p => p.Id == arranged.Plan!.Id);
        Assert.Equal(500_500, plan.UsedBytes);
        Assert.Equal(plan.UsedBytes, plan.SocialBytes + plan.EntertainmentBytes + plan.SystemUpdatesBytes + plan.NavigationSearchBytes);
        Assert.Equal(Enumerable.Range(1, 1000).Where(i => i % 4 == 0).Sum(), plan.SocialBytes);
        Assert.Equal(1000, await db.UsageEvents.CountAsync(e => e.PhoneLineId == arranged.Line.Id));
    }

    [Fact]
    public async Task OneEventIdSentFiftyTimesAtOnceCountsOnce()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000);
        var client = api.CreateClient(Role.Admin);
        var input = new { msisdn = arranged.Msisdn, category = "SOCIAL", bytes = 1234L, eventId = "test-once-" + TestRows.Unique() };
        var clock = Stopwatch.StartNew();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => PostAsync(client, RecordUsageEventMutation, "recordUsageEvent", input)));

        Report("50 concurrent recordUsageEvent, one eventId", clock.Elapsed, 50);
        Assert.Single(payloads, p => p.GetProperty("counted").GetBoolean());
        Assert.All(payloads, p => Assert.Equal(1234, p.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64()));
        await using var db = api.CreateDbContext();
        Assert.Equal(1234, (await db.DataPlans.SingleAsync(p => p.Id == arranged.Plan!.Id)).UsedBytes);
        Assert.Equal(1, await db.UsageEvents.CountAsync(e => e.EventId == input.eventId));
    }

    [Fact]
    public async Task ConcurrentSimulationsOfOneLineLoseNoUpdate()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 500m, dataMb: 100_000m, minutes: 100_000);
        var client = api.CreateClient(Role.Admin);
        var clock = Stopwatch.StartNew();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            PostAsync(client, SimulateConsumptionMutation, "simulateConsumption", new { msisdn = arranged.Msisdn })));

        Report("200 concurrent simulateConsumption, one line", clock.Elapsed, 200);
        // Each simulation lowers the balance by at least 0.01, so serialised runs see 200 distinct balances,
        // and the row ends at the lowest; a lost update would repeat a balance or end above the lowest.
        var balances = payloads.Select(p => Assert.Single(p.GetProperty("consumptions").EnumerateArray()).GetProperty("balance").GetDecimal()).ToList();
        Assert.Equal(200, balances.Distinct().Count());
        await using var db = api.CreateDbContext();
        Assert.Equal(balances.Min(), (await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id)).Balance);
    }

    [Fact]
    public async Task ConcurrentSetAndSimulateNeverProduceNegatives()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 0.20m, dataMb: 10m, minutes: 2);
        var client = api.CreateClient(Role.Admin);

        var requests = Enumerable.Range(0, 150).Select(i => i % 3 == 0
            ? PostAsync(client, SetConsumptionMutation, "setConsumption", new { msisdn = arranged.Msisdn, balance = 0.05m, dataMb = 3m, minutes = 1 })
            : i % 3 == 1
                ? PostAsync(client, SimulateConsumptionMutation, "simulateConsumption", new { msisdn = arranged.Msisdn })
                : PostAsync(client, SimulateConsumptionMutation, "simulateConsumption", new { }));
        var payloads = await Task.WhenAll(requests);

        Assert.All(payloads, Succeeded);
        await using var db = api.CreateDbContext();
        Assert.Empty(await db.Consumptions.Where(c => c.Minutes < 0).ToListAsync());
        var all = await db.Consumptions.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(all, c => c.Balance < 0 || c.DataMb < 0 || c.Minutes < 0);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string document, string field, object input) =>
        (await client.QueryDataAsync(document, new { input })).GetProperty(field);

    private void Report(string what, TimeSpan elapsed, int requests) =>
        output.WriteLine($"{(TestDatabase.IsMySql ? "MariaDB" : "SQLite")}: {what}: {elapsed.TotalMilliseconds:0} ms, {requests / elapsed.TotalSeconds:0} req/s");
}
