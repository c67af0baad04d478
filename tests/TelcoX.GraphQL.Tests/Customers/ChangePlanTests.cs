using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Tests.Customers;

/// <summary>changePlan: the line's allowance follows its new plan; the old data plan stays as history.</summary>
public sealed class ChangePlanTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Change = "mutation($input: ChangePlanInput!) { changePlan(input: $input) { line { msisdn plan { id } consumption { balance dataMb minutes } } " +
        "dataPlan { limitBytes usedBytes isActive } errors { __typename ... on Error { message code } ... on ConflictError { field } } } }";

    [Fact]
    public async Task ANewPlanReplacesTheDataPlanAndSetsDataAndMinutesTheOldPlanStaysAsHistory()
    {
        var (line, _, to) = await ArrangeAsync(toDataMb: 2048m);

        var payload = await api.MutateAsync(Change, new { msisdn = line.Msisdn, planId = to.Id });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var answered = payload.GetProperty("line");
        Assert.Equal(to.Id, answered.GetProperty("plan").GetProperty("id").GetInt32());
        Assert.Equal((7.50m, 2048.00m, 250), Consumption(answered));
        Assert.Equal((2048L * 1024 * 1024, 0L, true), DataPlan(payload.GetProperty("dataPlan")));
        await using var db = api.CreateDbContext();
        var plans = await db.DataPlans.Where(p => p.PhoneLineId == line.Id).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(2, plans.Count);
        Assert.Equal((false, 500L * 1024 * 1024), (plans[0].IsActive, plans[0].UsedBytes));
        Assert.True(plans[0].ExpiresAt <= DateTime.UtcNow);
        Assert.True(plans[1].IsActive);
        Assert.Equal(2048.00m, (await db.Consumptions.SingleAsync(c => c.PhoneLineId == line.Id)).DataMb);
    }

    [Fact]
    public async Task APlanWithoutDataLeavesNoActiveDataPlan()
    {
        var (line, _, to) = await ArrangeAsync(toDataMb: 0m);

        var payload = await api.MutateAsync(Change, new { msisdn = line.Msisdn, planId = to.Id });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("dataPlan").ValueKind);
        Assert.Equal((7.50m, 0m, 250), Consumption(payload.GetProperty("line")));
        await using var db = api.CreateDbContext();
        Assert.False(await db.DataPlans.AnyAsync(p => p.PhoneLineId == line.Id && p.IsActive));
    }

    [Fact]
    public async Task ThePlanTheLineAlreadyHasUnknownLinesAndUnknownPlansAreRefusedAndNothingChanges()
    {
        var (line, from, _) = await ArrangeAsync(toDataMb: 1024m);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var same = await api.MutateAsync(Change, new { msisdn = line.Msisdn, planId = from.Id });
        var noLine = await api.MutateAsync(Change, new { msisdn = "+1555000000000", planId = from.Id });
        var noPlan = await api.MutateAsync(Change, new { msisdn = line.Msisdn, planId = 987654 });

        PayloadAssert.SingleError(same, "ConflictError", $"Line {line.Msisdn} is already on plan {from.Name}", "CONFLICT", "planId");
        PayloadAssert.SingleError(noLine, "NotFoundError", "Cliente no encontrado", "NOT_FOUND");
        PayloadAssert.SingleError(noPlan, "NotFoundError", "El plan con id 987654 no existe", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
        await using var db = api.CreateDbContext();
        Assert.Equal(from.Id, (await db.PhoneLines.SingleAsync(l => l.Id == line.Id)).PlanId);
    }

    [Theory]
    [InlineData(Role.Customer, "FORBIDDEN")]
    [InlineData(Role.Anonymous, "UNAUTHENTICATED")]
    public async Task OnlyStaffChangeAPlan(Role role, string code)
    {
        var (line, _, to) = await ArrangeAsync(toDataMb: 1024m);

        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(role), Change, new { input = new { msisdn = line.Msisdn, planId = to.Id } });

        Assert.Equal([code], AuthErrors.Codes(body));
        await using var db = api.CreateDbContext();
        Assert.NotEqual(to.Id, (await db.PhoneLines.SingleAsync(l => l.Id == line.Id)).PlanId);
    }

    /// <summary>A line on a 1 GiB plan with 500 MB used, balance 7.50, and a second plan to move it to.</summary>
    private async Task<(PhoneLine Line, Plan From, Plan To)> ArrangeAsync(decimal toDataMb)
    {
        var from = new Plan { Name = "Test from " + TestRows.Unique(), MonthlyFee = 10m, DataMb = 1024m, Minutes = 100 };
        var to = new Plan { Name = "Test to " + TestRows.Unique(), MonthlyFee = 15m, DataMb = toDataMb, Minutes = 250 };
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        line.Plan = from;
        line.Consumption = new Consumption { Balance = 7.50m, DataMb = 524m, Minutes = 40, UpdatedAt = TestRows.Now };
        var dataPlan = TestRows.DataPlan(line, 1024L * 1024 * 1024, 500L * 1024 * 1024);
        await api.AddRowsAsync(from, to, customer, line, dataPlan);
        return (line, from, to);
    }

    private static (decimal, decimal, int) Consumption(JsonElement line)
    {
        var consumption = line.GetProperty("consumption");
        return (consumption.GetProperty("balance").GetDecimal(), consumption.GetProperty("dataMb").GetDecimal(), consumption.GetProperty("minutes").GetInt32());
    }

    private static (long, long, bool) DataPlan(JsonElement plan) =>
        (plan.GetProperty("limitBytes").GetInt64(), plan.GetProperty("usedBytes").GetInt64(), plan.GetProperty("isActive").GetBoolean());
}
