using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageBurst;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>
/// recordUsageEvent under group commit: concurrent events share one transaction, yet each request
/// gets its own answer — its own snapshot, its own error — and the rows add up exactly.
/// </summary>
public sealed class UsageBatchingTests(UsageBatchApiFactory api) : IClassFixture<UsageBatchApiFactory>
{
    // Long enough for the whole burst to queue behind the held batch even on a busy machine.
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task TwoHundredConcurrentEventsOnTenLinesAddUpExactlyAndEachGetsItsOwnSnapshotOrError()
    {
        var (lines, noPlan) = await ArrangeLinesAsync(10);
        var burst = UsageBurst.Plan(200, [.. lines.Select(l => l.Msisdn)], noPlan.Msisdn);
        using var heard = Listen(lines);
        api.Probe.Clear();
        api.Probe.HoldNextBatches(UsageEventBatcher.Writers, Hold);

        var payloads = await burst.SendAsync(api.CreateClient(Role.Admin));

        var statements = api.Probe.Statements;
        var counted = await AssertOutcomeAsync(burst, payloads, lines, noPlan);
        await AssertHeardAsync(heard, burst, payloads);
        // One writer, batches of up to 200: a few reads and one commit per batch, not several per event.
        Assert.True(api.Probe.Commits < counted / 4, $"{api.Probe.Commits} commits for {counted} events");
        Assert.True(statements.Count(s => s.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)) < counted / 4, "the reads were not shared");
        Assert.Equal(counted, statements.Sum(UsageWriterProbe.UsageInserts));
        // EF's SQLite provider sends one INSERT per row (in process, no round trip); MariaDB gets a batch in one command.
        if (TestDatabase.IsMySql)
            Assert.True(statements.Count < counted / 4, $"{statements.Count} statements for {counted} events");
    }

    [Fact]
    public async Task ABatchThatCannotCommitIsRetriedThenAppliedEventByEventWithNothingLostOrCountedTwice()
    {
        var (lines, noPlan) = await ArrangeLinesAsync(5);
        var burst = UsageBurst.Plan(100, [.. lines.Select(l => l.Msisdn)], noPlan.Msisdn);
        using var heard = Listen(lines);
        api.Probe.Clear();
        api.Probe.HoldNextBatches(UsageEventBatcher.Writers, Hold);
        api.Probe.FailBatchesWith(burst.Requests[^1].EventId, 2);

        var payloads = await burst.SendAsync(api.CreateClient(Role.Admin));

        await AssertOutcomeAsync(burst, payloads, lines, noPlan);
        await AssertHeardAsync(heard, burst, payloads);
        Assert.Equal(0, api.Probe.FailuresLeft); // the batch failed, and so did its retry
        Assert.Contains(api.Probe.Statements, UsageWriterProbe.IsSingleEventLock); // then its events went one by one
    }

    /// <summary>Subscribers of each line's usage, and of the low-data alerts of the first line's user.</summary>
    private Heard Listen(List<UsageArrange> lines)
    {
        var bus = api.Services.GetRequiredService<EventBus>();
        var heard = new Heard(lines.ToDictionary(l => l.Msisdn, _ => new EventRecorder<UsageUpdated>()), new EventRecorder<NotificationRaised>());
        foreach (var (msisdn, recorder) in heard.Usage)
            heard.Subscriptions.Add(bus.Subscribe<UsageUpdated>(msisdn).Subscribe(recorder));
        heard.Subscriptions.Add(bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(lines[0].User!.Id)).Subscribe(heard.Alerts));
        return heard;
    }

    /// <summary>One push per counted event, none for a repeat or a refusal, and the one alert.</summary>
    private static async Task AssertHeardAsync(Heard heard, UsageBurst burst, JsonElement[] payloads)
    {
        foreach (var (msisdn, recorder) in heard.Usage)
        {
            var counted = burst.Requests.Count(r => r.Msisdn == msisdn && payloads[r.Index].GetProperty("counted").GetBoolean());
            await recorder.WaitForCountAsync(counted);
            Assert.Equal(counted, recorder.Events.Count);
        }
        await heard.Alerts.WaitForCountAsync(1);
        Assert.Single(heard.Alerts.Events);
    }

    private sealed record Heard(Dictionary<string, EventRecorder<UsageUpdated>> Usage, EventRecorder<NotificationRaised> Alerts) : IDisposable
    {
        public List<IDisposable> Subscriptions { get; } = [];

        public void Dispose() => Subscriptions.ForEach(s => s.Dispose());
    }

    private async Task<(List<UsageArrange> Lines, UsageArrange NoPlan)> ArrangeLinesAsync(int count)
    {
        var lines = new List<UsageArrange>();
        // The first line has a small allowance and a CUSTOMER user: the burst takes it past 80 % once.
        for (var i = 0; i < count; i++)
            lines.Add(await UsageArrange.AddAsync(api, limitBytes: i == 0 ? 12_000 : 1L << 40, withUser: i == 0));
        return (lines, await UsageArrange.AddAsync(api, limitBytes: 1_000, planActive: false));
    }

    /// <summary>Checks every answer against its request and the rows against the answers; returns how many were counted.</summary>
    private async Task<int> AssertOutcomeAsync(UsageBurst burst, JsonElement[] payloads, List<UsageArrange> lines, UsageArrange noPlan)
    {
        foreach (var request in burst.Requests)
            UsageBurstAnswers.AssertAnswer(request, payloads[request.Index], payloads);

        var counted = burst.Requests.Where(r => payloads[r.Index].GetProperty("counted").GetBoolean()).ToList();
        await using var db = api.CreateDbContext();
        foreach (var line in lines)
        {
            // In the order the events were stored, each snapshot is the one before plus its own bytes.
            var mine = counted.Where(r => r.Msisdn == line.Msisdn).OrderBy(r => UsageBurstAnswers.EventOf(payloads[r.Index]).GetProperty("id").GetInt64()).ToList();
            var used = 0L;
            var byCategory = new Dictionary<string, long> { ["SOCIAL"] = 0, ["ENTERTAINMENT"] = 0, ["SYSTEM_UPDATES"] = 0, ["NAVIGATION_SEARCH"] = 0 };
            foreach (var request in mine)
            {
                used += request.Bytes;
                byCategory[request.Category] += request.Bytes;
                var plan = payloads[request.Index].GetProperty("dataPlan");
                Assert.Equal(used, plan.GetProperty("usedBytes").GetInt64());
                Assert.Equal(byCategory, UsageBurstAnswers.Usage(plan));
            }
            var row = await db.DataPlans.AsNoTracking().SingleAsync(p => p.Id == line.Plan!.Id);
            Assert.Equal((used, byCategory["SOCIAL"], byCategory["ENTERTAINMENT"], byCategory["SYSTEM_UPDATES"], byCategory["NAVIGATION_SEARCH"]),
                (row.UsedBytes, row.SocialBytes, row.EntertainmentBytes, row.SystemUpdatesBytes, row.NavigationSearchBytes));
            var stored = await db.UsageEvents.AsNoTracking().Where(e => e.PhoneLineId == line.Line.Id).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(mine.Select(r => (r.EventId, r.Bytes)), stored.Select(e => (e.EventId!, e.Bytes)));
        }
        Assert.False(await db.UsageEvents.AnyAsync(e => e.PhoneLineId == noPlan.Line.Id));
        var alerts = await db.Notifications.AsNoTracking().Where(n => n.UserId == lines[0].User!.Id).ToListAsync();
        Assert.Equal(NotificationKind.DataPlanLow, Assert.Single(alerts).Kind);
        return counted.Count;
    }
}
