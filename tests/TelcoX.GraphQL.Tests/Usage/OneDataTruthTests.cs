using System.Text.Json;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Customers.CustomerMutationDocuments;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>
/// A line's consumption data is its active data plan's remaining MB: every write path, walked in turn,
/// leaves the two equal as GraphQL reads them.
/// </summary>
public sealed class OneDataTruthTests(UsageBatchApiFactory api) : IClassFixture<UsageBatchApiFactory>
{
    private const long Mb = 1024 * 1024;
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(2);

    private const string LineData = """
        query($msisdn: String!) { line(msisdn: $msisdn) { consumption { dataMb }
          dataPlans(where: { isActive: { eq: true } }) { limitBytes usedBytes remainingBytes } } }
        """;

    private const string ChangePlanMutation = "mutation($input: ChangePlanInput!) { changePlan(input: $input) { line { msisdn } errors { __typename ... on Error { message } } } }";

    [Fact]
    public async Task EveryWritePathLeavesTheConsumptionDataEqualToTheActivePlansRemainingMb()
    {
        var (small, large, fixedPlan) = await ArrangePlansAsync();
        var admin = api.CreateClient(Role.Admin);

        var registered = await admin.MutateAsync(RegisterCustomerMutation, new
        {
            name = "Truth " + TestRows.Unique(), serviceType = "postpago", line = new { msisdn = TestRows.Msisdn(), productType = "MOVIL", planId = small.Id },
        });
        var first = registered.GetProperty("line").GetProperty("msisdn").GetString()!;
        Assert.Equal(1024.00m, await AssertOneTruthAsync(first, small.DataMb));

        var customerId = registered.GetProperty("customer").GetProperty("id").GetInt32();
        var second = (await admin.MutateAsync(AddLineMutation, new { customerId, msisdn = TestRows.Msisdn(), productType = "MOVIL", planId = large.Id }))
            .GetProperty("line").GetProperty("msisdn").GetString()!;
        Assert.Equal(2048.00m, await AssertOneTruthAsync(second, large.DataMb));

        // One event whose batch fails twice goes the single-event path.
        var single = "truth-" + TestRows.Unique();
        api.Probe.Clear();
        api.Probe.FailBatchesWith(single, 2);
        await RecordAsync(admin, first, 3 * Mb + 12_345, single);
        Assert.Contains(api.Probe.Statements, UsageWriterProbe.IsSingleEventLock);
        await AssertOneTruthAsync(first, small.DataMb, usedBytes: 3 * Mb + 12_345);

        // A burst queued behind a held batch goes the batched path.
        api.Probe.Clear();
        api.Probe.HoldNextBatches(UsageEventBatcher.Writers, Hold);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => RecordAsync(admin, i % 2 == 0 ? first : second, 100_000 + i, null)));
        Assert.True(api.Probe.Commits < 10, $"{api.Probe.Commits} commits for 40 events: the burst was not batched");
        Assert.DoesNotContain(api.Probe.Statements, UsageWriterProbe.IsSingleEventLock);
        await AssertOneTruthAsync(first, small.DataMb, usedBytes: 3 * Mb + 12_345 + Enumerable.Range(0, 40).Where(i => i % 2 == 0).Sum(i => 100_000L + i));
        await AssertOneTruthAsync(second, large.DataMb, usedBytes: Enumerable.Range(0, 40).Where(i => i % 2 == 1).Sum(i => 100_000L + i));

        var before = await AssertOneTruthAsync(first, small.DataMb);
        var simulated = await admin.MutateAsync(SimulateConsumptionMutation, new { msisdn = first });
        Assert.Equal(1, simulated.GetProperty("changed").GetInt32());
        Assert.InRange(before - await AssertOneTruthAsync(first, small.DataMb), 1.00m, 15.00m);

        var set = await admin.MutateAsync(SetConsumptionMutation, new { msisdn = first, dataMb = 100.25m });
        Assert.Equal(100.25m, set.GetProperty("consumption").GetProperty("dataMb").GetDecimal());
        Assert.Equal(100.25m, await AssertOneTruthAsync(first, small.DataMb, usedBytes: 1024 * Mb - LineDataPlans.Bytes(100.25m)));

        var changed = await admin.MutateAsync(ChangePlanMutation, new { msisdn = first, planId = large.Id });
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("errors").ValueKind);
        Assert.Equal(2048.00m, await AssertOneTruthAsync(first, large.DataMb, usedBytes: 0));

        // A plan without data starts no data plan, and the line's data stays 0.
        var landline = (await admin.MutateAsync(AddLineMutation, new { customerId, msisdn = TestRows.Msisdn(), productType = "FIJO", planId = fixedPlan.Id }))
            .GetProperty("line");
        var noPlan = await LineAsync(landline.GetProperty("msisdn").GetString()!);
        Assert.Equal(0m, noPlan.GetProperty("consumption").GetProperty("dataMb").GetDecimal());
        Assert.Empty(noPlan.GetProperty("dataPlans").EnumerateArray());
    }

    [Fact]
    public async Task DataAboveTheActivePlansLimitIsRefusedAndNothingIsWritten()
    {
        var (small, _, _) = await ArrangePlansAsync();
        var admin = api.CreateClient(Role.Admin);
        var registered = await admin.MutateAsync(RegisterCustomerMutation, new
        {
            name = "Truth " + TestRows.Unique(), serviceType = "postpago", line = new { msisdn = TestRows.Msisdn(), productType = "MOVIL", planId = small.Id },
        });
        var msisdn = registered.GetProperty("line").GetProperty("msisdn").GetString()!;
        var before = await DatabaseSnapshot.ReadAsync(api);

        var refused = await admin.MutateAsync(SetConsumptionMutation, new { msisdn, balance = 3m, dataMb = 1024.01m });

        PayloadAssert.SingleError(refused, "ValidationError", "dataMb no puede superar los 1024 MB del plan de datos activo de la línea", "BAD_USER_INPUT", "dataMb");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
        var atTheLimit = await admin.MutateAsync(SetConsumptionMutation, new { msisdn, dataMb = 1024.00m });
        Assert.Equal(1024.00m, atTheLimit.GetProperty("consumption").GetProperty("dataMb").GetDecimal());
        Assert.Equal(1024.00m, await AssertOneTruthAsync(msisdn, small.DataMb, usedBytes: 0));
    }

    /// <summary>The line has one active data plan of the plan's size, and its consumption data is what that plan has left; returns it.</summary>
    private async Task<decimal> AssertOneTruthAsync(string msisdn, decimal planDataMb, long? usedBytes = null)
    {
        var line = await LineAsync(msisdn);
        var plan = Assert.Single(line.GetProperty("dataPlans").EnumerateArray());
        Assert.Equal(LineDataPlans.Bytes(planDataMb), plan.GetProperty("limitBytes").GetInt64());
        if (usedBytes is { } used)
            Assert.Equal(used, plan.GetProperty("usedBytes").GetInt64());
        var dataMb = line.GetProperty("consumption").GetProperty("dataMb").GetDecimal();
        Assert.Equal(Math.Round(plan.GetProperty("remainingBytes").GetInt64() / (decimal)Mb, 2), dataMb);
        return dataMb;
    }

    private async Task<JsonElement> LineAsync(string msisdn) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(LineData, new { msisdn })).GetProperty("line");

    private static async Task RecordAsync(HttpClient client, string msisdn, long bytes, string? eventId)
    {
        var payload = await client.MutateAsync(RecordUsageEventMutation, new { msisdn, category = "SOCIAL", bytes, eventId });
        Assert.True(payload.GetProperty("counted").GetBoolean(), payload.ToString());
    }

    private async Task<(Plan Small, Plan Large, Plan Fixed)> ArrangePlansAsync()
    {
        var small = new Plan { Name = "Truth 1 GB " + TestRows.Unique(), MonthlyFee = 10m, DataMb = 1024m, Minutes = 100 };
        var large = new Plan { Name = "Truth 2 GB " + TestRows.Unique(), MonthlyFee = 15m, DataMb = 2048m, Minutes = 200 };
        var fixedPlan = new Plan { Name = "Truth fixed " + TestRows.Unique(), MonthlyFee = 8m, DataMb = 0m, Minutes = 300 };
        await api.AddRowsAsync(small, large, fixedPlan);
        return (small, large, fixedPlan);
    }
}
