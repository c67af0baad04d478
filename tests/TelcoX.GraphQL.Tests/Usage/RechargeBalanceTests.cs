using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class RechargeBalanceTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Recharge = $$"""
        mutation($input: RechargeBalanceInput!) {
          rechargeBalance(input: $input) {
            consumption { balance }
            transaction { kind amount description }
            {{Errors}}
          }
        }
        """;

    [Fact]
    public async Task ARechargeAddsToTheBalanceAndEntersTheHistory()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 2.50m);

        var payload = await RechargeAsync(new { msisdn = arranged.Msisdn, amount = 10.00m, method = "TARJETA" });

        Succeeded(payload);
        Assert.Equal(12.50m, payload.GetProperty("consumption").GetProperty("balance").GetDecimal());
        Assert.Equal("RECHARGE", payload.GetProperty("transaction").GetProperty("kind").GetString());
        await using var db = api.CreateDbContext();
        Assert.Equal(12.50m, (await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id)).Balance);
        var entry = await db.Transactions.SingleAsync(t => t.CustomerId == arranged.Customer.Id);
        Assert.Equal((TransactionKind.Recharge, 10.00m), (entry.Kind, entry.Amount));
    }

    [Fact]
    public async Task ConcurrentRechargesAllAddUp()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 0m);
        var client = api.CreateClient(Role.Admin);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.QueryDataAsync(Recharge, new { input = new { msisdn = arranged.Msisdn, amount = 0.10m, method = "EFECTIVO" } })));

        Assert.All(payloads, p => Succeeded(p.GetProperty("rechargeBalance")));
        await using var db = api.CreateDbContext();
        Assert.Equal(2.00m, (await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id)).Balance);
        Assert.Equal(20, await db.Transactions.CountAsync(t => t.CustomerId == arranged.Customer.Id));
    }

    [Theory]
    [InlineData(0, "El monto de la recarga debe ser mayor que cero")]
    [InlineData(-5, "El monto de la recarga debe ser mayor que cero")]
    [InlineData(1.001, "amount admite a lo sumo dos decimales")]
    public async Task ABadAmountIsRefusedAndNothingChanges(decimal amount, string message)
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 5.00m);

        var payload = await RechargeAsync(new { msisdn = arranged.Msisdn, amount, method = "TARJETA" });

        SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", "amount");
        await AssertUnchangedAsync(arranged, 5.00m);
    }

    [Theory]
    [InlineData(null, "ValidationError", "msisdn es requerido para actualizaciones", "BAD_USER_INPUT")]
    [InlineData("+15550000000000", "NotFoundError", "Cliente no encontrado", "NOT_FOUND")]
    public async Task AMissingOrUnknownLineGetsTheSeedMessage(string? msisdn, string type, string message, string code)
    {
        var payload = await RechargeAsync(new { msisdn, amount = 1.00m, method = "TARJETA" });

        SingleError(payload, type, message, code);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("consumption").ValueKind);
    }

    private async Task<JsonElement> RechargeAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(Recharge, new { input })).GetProperty("rechargeBalance");

    private async Task AssertUnchangedAsync(UsageArrange arranged, decimal balance)
    {
        await using var db = api.CreateDbContext();
        Assert.Equal(balance, (await db.Consumptions.SingleAsync(c => c.Id == arranged.Consumption.Id)).Balance);
        Assert.False(await db.Transactions.AnyAsync(t => t.CustomerId == arranged.Customer.Id));
    }
}
