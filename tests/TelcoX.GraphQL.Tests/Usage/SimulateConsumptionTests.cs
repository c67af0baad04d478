using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class SimulateConsumptionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task SimulatingOneLineLowersItsValuesWithinTheSeedRanges()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 10.50m, dataMb: 1536m, minutes: 220);

        var payload = await SimulateAsync(new { msisdn = arranged.Msisdn });

        Succeeded(payload);
        Assert.Equal(1, payload.GetProperty("changed").GetInt32());
        var changed = Assert.Single(payload.GetProperty("consumptions").EnumerateArray());
        Assert.Equal(arranged.Msisdn, changed.GetProperty("line").GetProperty("msisdn").GetString());
        await using var db = api.CreateDbContext();
        var row = await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id);
        Assert.InRange(1536m - row.DataMb, 1m, 15m);
        Assert.InRange(220 - row.Minutes, 0, 3);
        Assert.InRange(10.50m - row.Balance, 0.01m, 0.15m);
        Assert.True(row.UpdatedAt > arranged.Consumption.UpdatedAt);
    }

    [Fact]
    public async Task ValuesAreFlooredAtZeroAndALineWithNothingLeftDoesNotChange()
    {
        var low = await UsageArrange.AddAsync(api, balance: 0.01m, dataMb: 0.5m, minutes: 0);
        var empty = await UsageArrange.AddAsync(api, balance: 0m, dataMb: 0m, minutes: 0);

        var first = await SimulateAsync(new { msisdn = low.Msisdn });
        var second = await SimulateAsync(new { msisdn = empty.Msisdn });

        Assert.Equal(1, first.GetProperty("changed").GetInt32());
        Assert.Equal(0, second.GetProperty("changed").GetInt32());
        Assert.Empty(second.GetProperty("consumptions").EnumerateArray());
        await using var db = api.CreateDbContext();
        var row = await db.Consumptions.SingleAsync(c => c.Id == low.Consumption.Id);
        Assert.Equal((0m, 0m, 0), (row.Balance, row.DataMb, row.Minutes));
        Assert.Equal(empty.Consumption.UpdatedAt, (await db.Consumptions.SingleAsync(c => c.Id == empty.Consumption.Id)).UpdatedAt);
    }

    [Fact]
    public async Task WithoutAnMsisdnEveryLineWithSomethingLeftChanges()
    {
        var empty = await UsageArrange.AddAsync(api, balance: 0m, dataMb: 0m, minutes: 0);
        await using var before = api.CreateDbContext();
        var withSomething = await before.Consumptions.CountAsync(c => c.Id != empty.Consumption.Id);

        var payload = await SimulateAsync(new { });

        Succeeded(payload);
        var changedIds = GraphQLAssert.Ints(payload.GetProperty("consumptions"), "id");
        Assert.DoesNotContain(empty.Consumption.Id, changedIds);
        Assert.Equal(changedIds.Count, payload.GetProperty("changed").GetInt32());
        await using var db = api.CreateDbContext();
        Assert.DoesNotContain(await db.Consumptions.AsNoTracking().ToListAsync(), c => c.Balance < 0 || c.DataMb < 0 || c.Minutes < 0);
        // Whatever still has balance or data had some before, and those two always go down.
        Assert.True(changedIds.Count >= await db.Consumptions.CountAsync(c => c.Balance > 0 || c.DataMb > 0));
        Assert.True(changedIds.Count <= withSomething);
    }

    [Theory]
    [InlineData("+1555000", "NotFoundError", "Cliente no encontrado", "NOT_FOUND")]
    [InlineData(" ", "ValidationError", "msisdn no puede estar vacío; omítelo para simular todas las líneas", "BAD_USER_INPUT")]
    public async Task RefusedSimulationsChangeNothing(string msisdn, string type, string message, string code)
    {
        await using var db = api.CreateDbContext();
        var before = (await RowCounts.ReadAsync(db), await db.Consumptions.AsNoTracking().OrderBy(c => c.Id).Select(c => c.UpdatedAt).ToListAsync());

        var payload = await SimulateAsync(new { msisdn });

        SingleError(payload, type, message, code);
        Assert.Equal(0, payload.GetProperty("changed").GetInt32());
        var after = (await RowCounts.ReadAsync(db), await db.Consumptions.AsNoTracking().OrderBy(c => c.Id).Select(c => c.UpdatedAt).ToListAsync());
        Assert.Equal(before.Item1, after.Item1);
        Assert.Equal(before.Item2, after.Item2);
    }

    private async Task<JsonElement> SimulateAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(SimulateConsumptionMutation, new { input })).GetProperty("simulateConsumption");
}
