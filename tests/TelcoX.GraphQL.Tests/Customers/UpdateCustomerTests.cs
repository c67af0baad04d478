using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Customers.CustomerMutationDocuments;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class UpdateCustomerTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task OnlyTheFieldsSentChange()
    {
        var customer = TestRows.Customer();
        customer.Dni = "T" + TestRows.Unique();
        await api.AddRowsAsync(customer);

        var payload = await UpdateAsync(new { id = customer.Id, name = "Test Renamed" });

        Succeeded(payload);
        await using var db = api.CreateDbContext();
        var row = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal(("Test Renamed", customer.Dni, customer.Email, customer.ServiceType, customer.ContractNumber),
            (row.Name, row.Dni, row.Email, row.ServiceType, row.ContractNumber));
    }

    [Fact]
    public async Task AnExplicitNullClearsDniAndEmail()
    {
        var customer = TestRows.Customer();
        customer.Dni = "T" + TestRows.Unique();
        await api.AddRowsAsync(customer);

        var payload = await UpdateAsync(new { id = customer.Id, dni = (string?)null, email = (string?)null, serviceType = "PQRS" });

        Succeeded(payload);
        await using var db = api.CreateDbContext();
        var row = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal((null, null, "PQRS", customer.Name), (row.Dni, row.Email, row.ServiceType, row.Name));
    }

    [Fact]
    public async Task KeepingOnesOwnDniAndContractNumberIsNoConflict()
    {
        var customer = TestRows.Customer();
        customer.Dni = "T" + TestRows.Unique();
        await api.AddRowsAsync(customer);

        Succeeded(await UpdateAsync(new { id = customer.Id, dni = customer.Dni, contractNumber = customer.ContractNumber }));
    }

    [Fact]
    public async Task AnUnknownIdGetsTheSeedMessage()
    {
        var payload = await UpdateAsync(new { id = 987654, name = "Test" });

        SingleError(payload, "NotFoundError", "El cliente con id 987654 no existe", "NOT_FOUND");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
    }

    [Theory]
    [InlineData("dni", "Ya existe un cliente con el dni {0}")]
    [InlineData("contractNumber", "Ya existe un cliente con el número de contrato {0}")]
    [InlineData("name", "Nombre y tipo de servicio son obligatorios")]
    [InlineData("serviceType", "Nombre y tipo de servicio son obligatorios")]
    [InlineData("contractNumber ", "El número de contrato no puede quedar vacío")]
    public async Task RefusedUpdatesChangeNothing(string field, string message)
    {
        var taken = TestRows.Customer();
        taken.Dni = "T" + TestRows.Unique();
        var customer = TestRows.Customer();
        await api.AddRowsAsync(taken, customer);
        var before = await DatabaseSnapshot.ReadAsync(api);
        var value = field switch { "dni" => taken.Dni, "contractNumber" => taken.ContractNumber, _ => "  " };

        var payload = await UpdateAsync(new Dictionary<string, object?> { ["id"] = customer.Id, [field.Trim()] = value });

        var conflict = message.StartsWith("Ya existe", StringComparison.Ordinal);
        SingleError(payload, conflict ? "ConflictError" : "ValidationError", string.Format(message, value),
            conflict ? "CONFLICT" : "BAD_USER_INPUT", field.Trim());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<JsonElement> UpdateAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(UpdateCustomerMutation, new { input })).GetProperty("updateCustomer");
}
