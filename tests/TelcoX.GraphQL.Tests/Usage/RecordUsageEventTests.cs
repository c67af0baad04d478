using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class RecordUsageEventTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task AUsageEventAddsItsBytesToItsCategoryAndToThePlanAndIsStored()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000, usedBytes: 100);
        var eventId = "test-" + TestRows.Unique();

        var payload = await RecordAsync(new { msisdn = arranged.Msisdn, category = "ENTERTAINMENT", bytes = 500L, eventId });

        Succeeded(payload);
        Assert.True(payload.GetProperty("counted").GetBoolean());
        var plan = payload.GetProperty("dataPlan");
        Assert.Equal(600, plan.GetProperty("usedBytes").GetInt64());
        Assert.Equal(500, Usage(plan)["ENTERTAINMENT"]);
        Assert.Equal(100, Usage(plan)["SOCIAL"]);
        Assert.Equal(eventId, payload.GetProperty("usageEvent").GetProperty("eventId").GetString());
        await using var db = api.CreateDbContext();
        var stored = await db.UsageEvents.SingleAsync(e => e.EventId == eventId);
        Assert.Equal((arranged.Line.Id, arranged.Plan!.Id, UsageCategory.Entertainment, 500L),
            (stored.PhoneLineId, stored.DataPlanId!.Value, stored.Category, stored.Bytes));
        var row = await db.DataPlans.SingleAsync(p => p.Id == arranged.Plan.Id);
        Assert.Equal((600L, 500L, 100L), (row.UsedBytes, row.EntertainmentBytes, row.SocialBytes));
    }

    [Fact]
    public async Task TheSameEventIdTwiceCountsOnceAndAnswersTheCurrentSnapshotWithoutError()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000);
        var input = new { msisdn = arranged.Msisdn, category = "SOCIAL", bytes = 700L, eventId = "test-" + TestRows.Unique() };

        var first = await RecordAsync(input);
        var second = await RecordAsync(input);

        Succeeded(second);
        Assert.False(second.GetProperty("counted").GetBoolean());
        Assert.Equal(700, second.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64());
        Assert.Equal(first.GetProperty("usageEvent").GetProperty("id").GetInt64(), second.GetProperty("usageEvent").GetProperty("id").GetInt64());
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.UsageEvents.CountAsync(e => e.PhoneLineId == arranged.Line.Id));
    }

    [Fact]
    public async Task EventsWithoutAnEventIdAreEachCountedAndEachStored()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000);

        await RecordAsync(new { msisdn = arranged.Msisdn, category = "SYSTEM_UPDATES", bytes = 10L });
        var payload = await RecordAsync(new { msisdn = arranged.Msisdn, category = "NAVIGATION_SEARCH", bytes = 5L });

        Assert.Equal(15, payload.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64());
        Assert.Equal((10, 5), (Usage(payload.GetProperty("dataPlan"))["SYSTEM_UPDATES"], Usage(payload.GetProperty("dataPlan"))["NAVIGATION_SEARCH"]));
        await using var db = api.CreateDbContext();
        Assert.Equal(2, await db.UsageEvents.CountAsync(e => e.PhoneLineId == arranged.Line.Id));
    }

    public static TheoryData<long, string?, string, string> RefusedInputs => new()
    {
        { 0L, null, "bytes must be between 1 and 1099511627776", "bytes" },
        { -5L, null, "bytes must be between 1 and 1099511627776", "bytes" },
        { long.MaxValue, null, "bytes must be between 1 and 1099511627776", "bytes" },
        { 1L, "   ", "eventId must be 1 to 100 characters, not blank", "eventId" },
        { 1L, new string('e', 101), "eventId must be 1 to 100 characters, not blank", "eventId" },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public async Task InvalidBytesOrEventIdsAreRefusedAndChangeNothing(long bytes, string? eventId, string message, string field)
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000, usedBytes: 42);
        var before = await ReadCountsAsync();

        var payload = await RecordAsync(new { msisdn = arranged.Msisdn, category = "SOCIAL", bytes, eventId });

        SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("dataPlan").ValueKind);
        Assert.False(payload.GetProperty("counted").GetBoolean());
        await AssertUnchangedAsync(before, arranged, 42);
    }

    [Fact]
    public async Task AnUnknownMsisdnGetsTheSeedMessage()
    {
        var before = await ReadCountsAsync();

        var payload = await RecordAsync(new { msisdn = "+1555000", category = "SOCIAL", bytes = 1L, eventId = "test-" + TestRows.Unique() });

        SingleError(payload, "NotFoundError", "Cliente no encontrado", "NOT_FOUND");
        Assert.Equal(before, await ReadCountsAsync());
    }

    [Fact]
    public async Task ALineWithoutAnActivePlanGetsTheSeedMessageAndChangesNothing()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1000, planActive: false);
        var before = await ReadCountsAsync();

        var payload = await RecordAsync(new { msisdn = arranged.Msisdn, category = "SOCIAL", bytes = 1L, eventId = "test-" + TestRows.Unique() });

        SingleError(payload, "NotFoundError", "No active data plan for this phone_number", "NOT_FOUND");
        Assert.Equal(before, await ReadCountsAsync());
    }

    [Fact]
    public async Task AnEventIdAlreadyUsedOnAnotherLineIsAConflictAndChangesNothing()
    {
        var first = await UsageArrange.AddAsync(api, limitBytes: 1_000_000);
        var other = await UsageArrange.AddAsync(api, limitBytes: 1_000_000, usedBytes: 42);
        var eventId = "test-" + TestRows.Unique();
        await RecordAsync(new { msisdn = first.Msisdn, category = "SOCIAL", bytes = 9L, eventId });
        var before = await ReadCountsAsync();

        var payload = await RecordAsync(new { msisdn = other.Msisdn, category = "SOCIAL", bytes = 9L, eventId });

        SingleError(payload, "ConflictError", $"eventId {eventId} was already used for another line", "CONFLICT", "eventId");
        await AssertUnchangedAsync(before, other, 42);
    }

    [Theory]
    [InlineData("\"VIDEO\"")]
    [InlineData("\"social\"")]
    public async Task AnUnknownCategoryIsAGraphQLErrorNotAServerError(string category)
    {
        using var response = await api.CreateClient(Role.Admin).PostAsync("/graphql", new StringContent(
            $$"""{"query":"mutation { recordUsageEvent(input: { msisdn: \"1\", category: {{category.Trim('"')}}, bytes: 1 }) { counted } }"}""",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> RecordAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(RecordUsageEventMutation, new { input })).GetProperty("recordUsageEvent");

    private async Task<RowCounts> ReadCountsAsync()
    {
        await using var db = api.CreateDbContext();
        return await RowCounts.ReadAsync(db);
    }

    private async Task AssertUnchangedAsync(RowCounts before, UsageArrange arranged, long usedBytes)
    {
        Assert.Equal(before, await ReadCountsAsync());
        await using var db = api.CreateDbContext();
        var plan = await db.DataPlans.SingleAsync(p => p.Id == arranged.Plan!.Id);
        Assert.Equal((usedBytes, usedBytes), (plan.UsedBytes, plan.SocialBytes));
    }

    private static Dictionary<string, long> Usage(JsonElement plan) =>
        plan.GetProperty("usage").EnumerateArray().ToDictionary(u => u.GetProperty("category").GetString()!, u => u.GetProperty("totalBytes").GetInt64());
}
