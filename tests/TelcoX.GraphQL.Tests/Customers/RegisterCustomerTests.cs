using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Customers.CustomerMutationDocuments;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class RegisterCustomerTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ACustomerWithoutAContractNumberGetsOneInTheDemoDataStyle()
    {
        var payload = await RegisterAsync(new { name = "  Test Ana  ", serviceType = "prepago", email = "ana@example.test" });

        Succeeded(payload);
        var customer = payload.GetProperty("customer");
        Assert.Equal("Test Ana", customer.GetProperty("name").GetString());
        Assert.Equal($"CN-{customer.GetProperty("id").GetInt32():D7}", customer.GetProperty("contractNumber").GetString());
        Assert.Empty(customer.GetProperty("lines").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task ARegisteredCustomerIsConfirmedWithSeed002sSentence()
    {
        var payload = await RegisterAsync(new { name = "Test Juan Pérez", serviceType = "soporte" });

        Succeeded(payload);
        Assert.Equal("Cliente registrado exitosamente", payload.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AFirstLineIsStoredAsGivenWithAConsumptionHoldingThePlanAllowances()
    {
        var plan = await api.PlanAsync(await api.AnyPlanIdAsync());
        var msisdn = TestRows.Msisdn();
        var dni = "T" + TestRows.Unique();

        var payload = await RegisterAsync(new
        {
            name = "Test Bruno", serviceType = "soporte", dni, contractNumber = "T-" + TestRows.Unique(),
            line = new { msisdn, productType = "FIJO", planId = plan.Id },
        });

        Succeeded(payload);
        var line = payload.GetProperty("line");
        Assert.Equal((msisdn, "FIJO", plan.Id), (line.GetProperty("msisdn").GetString(), line.GetProperty("productType").GetString(),
            line.GetProperty("plan").GetProperty("id").GetInt32()));
        var consumption = line.GetProperty("consumption");
        Assert.Equal((0m, plan.DataMb, plan.Minutes), (consumption.GetProperty("balance").GetDecimal(),
            consumption.GetProperty("dataMb").GetDecimal(), consumption.GetProperty("minutes").GetInt32()));
        await using var db = api.CreateDbContext();
        var stored = await db.PhoneLines.Include(l => l.Customer).Include(l => l.Consumption).SingleAsync(l => l.Msisdn == msisdn);
        Assert.Equal(dni, stored.Customer.Dni);
        Assert.NotNull(stored.Consumption);
        Assert.Equal((0m, plan.DataMb, plan.Minutes), (stored.Consumption.Balance, stored.Consumption.DataMb, stored.Consumption.Minutes));
    }

    [Theory]
    [InlineData(null, "prepago", "name")]
    [InlineData("   ", "prepago", "name")]
    [InlineData("Test", null, "serviceType")]
    [InlineData("Test", "", "serviceType")]
    public async Task NameAndServiceTypeAreRequiredAndNothingIsWritten(string? name, string? serviceType, string field)
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new { name, serviceType, line = new { msisdn = TestRows.Msisdn(), productType = "MOVIL" } });

        SingleError(payload, "ValidationError", "Nombre y tipo de servicio son obligatorios", "BAD_USER_INPUT", field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("message").ValueKind);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData("dni")]
    [InlineData("contractNumber")]
    [InlineData("msisdn")]
    public async Task ADuplicateIsRefusedNamingTheFieldAndNothingIsWritten(string field)
    {
        var (dni, contract, msisdn) = ("T" + TestRows.Unique(), "T-" + TestRows.Unique(), TestRows.Msisdn());
        Succeeded(await RegisterAsync(new { name = "Test", serviceType = "prepago", dni, contractNumber = contract, line = new { msisdn, productType = "MOVIL" } }));
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new
        {
            name = "Test Dup", serviceType = "prepago",
            dni = field == "dni" ? dni : "T" + TestRows.Unique(),
            contractNumber = field == "contractNumber" ? contract : "T-" + TestRows.Unique(),
            line = new { msisdn = field == "msisdn" ? msisdn : TestRows.Msisdn(), productType = "MOVIL" },
        });

        var expected = field switch
        {
            "dni" => $"Ya existe un cliente con el dni {dni}",
            "contractNumber" => $"Ya existe un cliente con el número de contrato {contract}",
            _ => $"Ya existe una línea con el msisdn {msisdn}",
        };
        SingleError(payload, "ConflictError", expected, "CONFLICT", field);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ConcurrentRegistrationsWithOneDniLeaveExactlyOneCustomer()
    {
        var dni = "T" + TestRows.Unique();
        var client = api.CreateClient(Role.Admin);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.QueryDataAsync(RegisterCustomerMutation, new { input = new { name = "Test Race", serviceType = "prepago", dni } })));

        var results = payloads.Select(p => p.GetProperty("registerCustomer")).ToList();
        Assert.Single(results, r => r.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(results.Where(r => r.GetProperty("errors").ValueKind != JsonValueKind.Null),
            r => SingleError(r, "ConflictError", $"Ya existe un cliente con el dni {dni}", "CONFLICT", "dni"));
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Customers.CountAsync(c => c.Dni == dni));
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("1234567890123456")]
    [InlineData("+")]
    [InlineData("++12345")]
    [InlineData("12a45")]
    [InlineData(" 12345")]
    [InlineData("١٢٣٤٥")]
    [InlineData(null)]
    public async Task AnInvalidMsisdnIsRefused(string? msisdn)
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new { name = "Test", serviceType = "prepago", line = new { msisdn, productType = "MOVIL" } });

        SingleError(payload, "ValidationError", "msisdn inválido: de 5 a 15 dígitos, con un '+' inicial opcional", "BAD_USER_INPUT", "msisdn");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData("name", 201, "name admite a lo sumo 200 caracteres")]
    [InlineData("dni", 21, "dni admite a lo sumo 20 caracteres")]
    [InlineData("contractNumber", 33, "contractNumber admite a lo sumo 32 caracteres")]
    [InlineData("email", 5, "email inválido")]
    public async Task ValuesTheColumnsCannotHoldAreRefused(string field, int length, string message)
    {
        var input = new Dictionary<string, object?> { ["name"] = "Test", ["serviceType"] = "prepago", [field] = new string('x', length) };

        var payload = await RegisterAsync(input);

        SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", field);
    }

    [Fact]
    public async Task AnUnknownPlanIsNamedByItsIdAndNothingIsWritten()
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(new { name = "Test", serviceType = "prepago", line = new { msisdn = TestRows.Msisdn(), productType = "MOVIL", planId = 987654 } });

        SingleError(payload, "NotFoundError", "El plan con id 987654 no existe", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<JsonElement> RegisterAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(RegisterCustomerMutation, new { input })).GetProperty("registerCustomer");
}
