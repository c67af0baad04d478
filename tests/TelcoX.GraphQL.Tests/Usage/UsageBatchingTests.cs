using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Notifications;
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
        api.Probe.Clear();
        api.Probe.HoldNextBatch(Hold);

        var payloads = await burst.SendAsync(api.CreateClient(Role.Admin));

        var statements = api.Probe.Statements;
        var counted = await AssertOutcomeAsync(burst, payloads, lines, noPlan);
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
        api.Probe.Clear();
        api.Probe.HoldNextBatch(Hold);
        api.Probe.FailInserts(2);

        var payloads = await burst.SendAsync(api.CreateClient(Role.Admin));

        var counted = await AssertOutcomeAsync(burst, payloads, lines, noPlan);
        Assert.Equal(0, api.Probe.FailuresLeft); // the batch failed, and so did its retry
        Assert.True(api.Probe.Commits >= counted / 2, $"{api.Probe.Commits} commits for {counted} events: the failed batch was not applied event by event");
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
            AssertAnswer(request, payloads[request.Index], payloads);

        var counted = burst.Requests.Where(r => payloads[r.Index].GetProperty("counted").GetBoolean()).ToList();
        await using var db = api.CreateDbContext();
        foreach (var line in lines)
        {
            // In the order the events were stored, each snapshot is the one before plus its own bytes.
            var mine = counted.Where(r => r.Msisdn == line.Msisdn).OrderBy(r => EventOf(payloads[r.Index]).GetProperty("id").GetInt64()).ToList();
            var used = 0L;
            var byCategory = new Dictionary<string, long> { ["SOCIAL"] = 0, ["ENTERTAINMENT"] = 0, ["SYSTEM_UPDATES"] = 0, ["NAVIGATION_SEARCH"] = 0 };
            foreach (var request in mine)
            {
                used += request.Bytes;
                byCategory[request.Category] += request.Bytes;
                var plan = payloads[request.Index].GetProperty("dataPlan");
                Assert.Equal(used, plan.GetProperty("usedBytes").GetInt64());
                Assert.Equal(byCategory, Usage(plan));
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

    private static void AssertAnswer(Request request, JsonElement payload, JsonElement[] payloads)
    {
        switch (request.Kind)
        {
            case Kind.UnknownMsisdn:
                SingleErrorWithNull(payload, "dataPlan", "NotFoundError", "Cliente no encontrado", "NOT_FOUND");
                break;
            case Kind.NoActivePlan:
                SingleErrorWithNull(payload, "dataPlan", "NotFoundError", "No active data plan for this phone_number", "NOT_FOUND");
                break;
            case Kind.BadBytes:
                SingleError(payload, "ValidationError", $"bytes must be between 1 and {UsageRecording.MaxBytes}", "BAD_USER_INPUT", "bytes");
                break;
            case Kind.RepeatOfPrevious:
            {
                // Either may have been queued first; the one counted is the one stored, the other answers it.
                var (first, repeat) = Ordered(payloads[request.Index - 1], payload);
                Succeeded(repeat);
                Assert.Equal(EventOf(first).GetProperty("id").GetInt64(), EventOf(repeat).GetProperty("id").GetInt64());
                Assert.True(Used(repeat) >= Used(first));
                break;
            }
            case Kind.SameIdOnOtherLine:
            {
                var (_, refused) = Ordered(payloads[request.Index - 1], payload);
                SingleError(refused, "ConflictError", $"eventId {request.EventId} was already used for another line", "CONFLICT", "eventId");
                break;
            }
            case Kind.Good when request.Index % 25 is not (8 or 10): // those two are the first of a pair, checked with it
                Succeeded(payload);
                Assert.True(payload.GetProperty("counted").GetBoolean());
                Assert.Equal((request.EventId, request.Bytes, request.Category),
                    (EventOf(payload).GetProperty("eventId").GetString(), EventOf(payload).GetProperty("bytes").GetInt64(), EventOf(payload).GetProperty("category").GetString()));
                break;
        }
    }

    /// <summary>Of two requests with one event id, exactly one is counted: that one first, then the other.</summary>
    private static (JsonElement Counted, JsonElement Other) Ordered(JsonElement a, JsonElement b)
    {
        Assert.Single(new[] { a, b }, p => p.GetProperty("counted").GetBoolean());
        Succeeded(a.GetProperty("counted").GetBoolean() ? a : b);
        return a.GetProperty("counted").GetBoolean() ? (a, b) : (b, a);
    }

    private static JsonElement EventOf(JsonElement payload) => payload.GetProperty("usageEvent");

    private static long Used(JsonElement payload) => payload.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64();

    private static Dictionary<string, long> Usage(JsonElement plan) =>
        plan.GetProperty("usage").EnumerateArray().ToDictionary(u => u.GetProperty("category").GetString()!, u => u.GetProperty("totalBytes").GetInt64());
}
