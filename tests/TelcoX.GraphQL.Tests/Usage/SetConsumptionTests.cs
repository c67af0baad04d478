using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class SetConsumptionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task OnlyTheGivenFieldsAreSetAndUpdatedAtMoves()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 10.50m, dataMb: 1536m, minutes: 220);

        var payload = await SetAsync(new { msisdn = arranged.Msisdn, dataMb = 99.25m });

        Succeeded(payload);
        var consumption = payload.GetProperty("consumption");
        Assert.Equal((10.5m, 99.25m, 220), (consumption.GetProperty("balance").GetDecimal(), consumption.GetProperty("dataMb").GetDecimal(),
            consumption.GetProperty("minutes").GetInt32()));
        await using var db = api.CreateDbContext();
        var row = await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id);
        Assert.Equal((10.50m, 99.25m, 220), (row.Balance, row.DataMb, row.Minutes));
        Assert.True(row.UpdatedAt > arranged.Consumption.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, row.UpdatedAt.Kind);
        Assert.Equal(arranged.Customer.Name, (await db.Customers.SingleAsync(c => c.Id == arranged.Customer.Id)).Name);
    }

    [Fact]
    public async Task EveryFieldAndTheCustomerNameCanBeSetAtOnce()
    {
        var arranged = await UsageArrange.AddAsync(api);

        var payload = await SetAsync(new { msisdn = arranged.Msisdn, balance = 0m, dataMb = 0.5m, minutes = 0, name = "  Test Renamed  " });

        Succeeded(payload);
        Assert.Equal("Test Renamed", payload.GetProperty("consumption").GetProperty("customer").GetProperty("name").GetString());
        await using var db = api.CreateDbContext();
        var row = await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id);
        Assert.Equal((0m, 0.5m, 0), (row.Balance, row.DataMb, row.Minutes));
        Assert.Equal("Test Renamed", (await db.Customers.SingleAsync(c => c.Id == arranged.Customer.Id)).Name);
    }

    public static TheoryData<string?, decimal?, decimal?, int?, string?, string, string, string?> Refusals => new()
    {
        { null, 1m, null, null, null, "ValidationError", "msisdn es requerido para actualizaciones", "msisdn" },
        { "  ", 1m, null, null, null, "ValidationError", "msisdn es requerido para actualizaciones", "msisdn" },
        { "LINE", -0.01m, null, null, null, "ValidationError", "balance no puede ser negativo", "balance" },
        { "LINE", null, -1m, null, null, "ValidationError", "dataMb no puede ser negativo", "dataMb" },
        { "LINE", null, null, -1, null, "ValidationError", "minutes no puede ser negativo", "minutes" },
        { "LINE", 1.005m, null, null, null, "ValidationError", "balance admite a lo sumo dos decimales", "balance" },
        { "LINE", 10_000_000_000m, null, null, null, "ValidationError", "balance admite a lo sumo 9999999999.99", "balance" },
        { "LINE", null, null, null, " ", "ValidationError", "El nombre no puede quedar vacío", "name" },
        { "+1555000", 1m, null, null, null, "NotFoundError", "Cliente no encontrado", null },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedUpdatesGetTheirMessageAndChangeNothing(string? msisdn, decimal? balance, decimal? dataMb, int? minutes,
        string? name, string type, string message, string? field)
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 5m, dataMb: 6m, minutes: 7);
        var before = await SnapshotAsync(arranged);

        var payload = await SetAsync(new { msisdn = msisdn == "LINE" ? arranged.Msisdn : msisdn, balance, dataMb, minutes, name });

        SingleError(payload, type, message, type == "ValidationError" ? "BAD_USER_INPUT" : "NOT_FOUND", field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("consumption").ValueKind);
        Assert.Equal(before, await SnapshotAsync(arranged));
    }

    [Fact]
    public async Task ALineWithoutConsumptionGetsTheSeedMessage()
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(line);

        var payload = await SetAsync(new { msisdn = line.Msisdn, balance = 1m });

        SingleError(payload, "NotFoundError", "Consumo no encontrado", "NOT_FOUND");
    }

    private async Task<JsonElement> SetAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(SetConsumptionMutation, new { input })).GetProperty("setConsumption");

    private async Task<(RowCounts, decimal, decimal, int, DateTime, string)> SnapshotAsync(UsageArrange arranged)
    {
        await using var db = api.CreateDbContext();
        var row = await db.Consumptions.AsNoTracking().SingleAsync(c => c.Id == arranged.Consumption.Id);
        var name = await db.Customers.Where(c => c.Id == arranged.Customer.Id).Select(c => c.Name).SingleAsync();
        return (await RowCounts.ReadAsync(db), row.Balance, row.DataMb, row.Minutes, row.UpdatedAt, name);
    }
}
