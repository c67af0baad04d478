using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Customers.CustomerMutationDocuments;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class AddLineTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ALineWithoutPlanIsStoredExactlyAsGivenWithAZeroConsumption()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var msisdn = TestRows.Msisdn();

        var payload = await AddLineAsync(new { customerId = customer.Id, msisdn, productType = "MOVIL" });

        Succeeded(payload);
        var line = payload.GetProperty("line");
        Assert.Equal((msisdn, customer.Id), (line.GetProperty("msisdn").GetString(), line.GetProperty("customer").GetProperty("id").GetInt32()));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("plan").ValueKind);
        var consumption = line.GetProperty("consumption");
        Assert.Equal((0m, 0m, 0), (consumption.GetProperty("balance").GetDecimal(), consumption.GetProperty("dataMb").GetDecimal(),
            consumption.GetProperty("minutes").GetInt32()));
        await using var db = api.CreateDbContext();
        Assert.True(await db.Consumptions.AnyAsync(c => c.PhoneLine.Msisdn == msisdn));
    }

    [Fact]
    public async Task ALineWithAPlanStartsWithThePlansDataAndMinutes()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var plan = await api.PlanAsync(await api.AnyPlanIdAsync());
        var msisdn = TestRows.Msisdn()[1..]; // without '+'

        var payload = await AddLineAsync(new { customerId = customer.Id, msisdn, productType = "FIJO", planId = plan.Id });

        var consumption = payload.GetProperty("line").GetProperty("consumption");
        Assert.Equal((plan.DataMb, plan.Minutes), (consumption.GetProperty("dataMb").GetDecimal(), consumption.GetProperty("minutes").GetInt32()));
        Assert.Equal(msisdn, payload.GetProperty("line").GetProperty("msisdn").GetString());
    }

    [Fact]
    public async Task AnUnknownCustomerIsNamedByItsId()
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await AddLineAsync(new { customerId = 987654, msisdn = TestRows.Msisdn(), productType = "MOVIL" });

        SingleError(payload, "NotFoundError", "El cliente con id 987654 no existe", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData("593988877766", "ConflictError", "Ya existe una línea con el msisdn 593988877766", "CONFLICT")]
    [InlineData("59398887776612345", "ValidationError", "msisdn inválido: de 5 a 15 dígitos, con un '+' inicial opcional", "BAD_USER_INPUT")]
    [InlineData("", "ValidationError", "msisdn inválido: de 5 a 15 dígitos, con un '+' inicial opcional", "BAD_USER_INPUT")]
    public async Task ADuplicateOrMalformedMsisdnIsRefusedAndNothingIsWritten(string msisdn, string type, string message, string code)
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await AddLineAsync(new { customerId = customer.Id, msisdn, productType = "MOVIL" });

        SingleError(payload, type, message, code, "msisdn");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<JsonElement> AddLineAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(AddLineMutation, new { input })).GetProperty("addLine");
}
