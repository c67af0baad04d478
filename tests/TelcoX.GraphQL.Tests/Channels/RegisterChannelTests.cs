using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Channels;

public sealed class RegisterChannelTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Register = """
        mutation($input: RegisterChannelInput!) {
          registerChannel(input: $input) {
            message
            channel { id kind content customer { id } }
            errors { __typename ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    [Theory]
    [InlineData("EMAIL", "EMAIL")]
    [InlineData("email", "EMAIL")]
    [InlineData("llamada", "CALL")]
    [InlineData("CALL", "CALL")]
    public async Task ARegisteredChannelIsStoredAndConfirmedWithTheSeedMessage(string kind, string storedKind)
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var payload = await RegisterAsync(new { customerId = customer.Id, kind, content = "  Test factura enviada  " });

        Assert.Equal("Información recibida exitosamente", payload.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var channel = payload.GetProperty("channel");
        Assert.Equal(storedKind, channel.GetProperty("kind").GetString());
        Assert.Equal(customer.Id, channel.GetProperty("customer").GetProperty("id").GetInt32());
        await using var db = api.CreateDbContext();
        var row = await db.Channels.SingleAsync(c => c.Id == channel.GetProperty("id").GetInt32());
        Assert.Equal("Test factura enviada", row.Content);
        Assert.Equal(storedKind == "EMAIL" ? ChannelKind.Email : ChannelKind.Call, row.Kind);
    }

    [Theory]
    [InlineData("sms", "Test", true, "ValidationError", "Tipo de canal inválido", "BAD_USER_INPUT")]
    [InlineData(null, "Test", true, "ValidationError", "Tipo de canal inválido", "BAD_USER_INPUT")]
    [InlineData("email", "   ", true, "ValidationError", "Contenido y cliente_id son obligatorios", "BAD_USER_INPUT")]
    [InlineData("email", null, true, "ValidationError", "Contenido y cliente_id son obligatorios", "BAD_USER_INPUT")]
    [InlineData("email", "Test", false, "ValidationError", "Contenido y cliente_id son obligatorios", "BAD_USER_INPUT")]
    public async Task RefusedChannelsGetTheSeedMessageAndWriteNothing(
        string? kind, string? content, bool withCustomer, string type, string message, string code)
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var before = await CountChannelsAsync();

        var payload = await RegisterAsync(new { customerId = withCustomer ? customer.Id : (int?)null, kind, content });

        AssertSingleError(payload, type, message, code);
        Assert.Equal(before, await CountChannelsAsync());
    }

    [Fact]
    public async Task AnUnknownCustomerIsNamedByItsId()
    {
        var payload = await RegisterAsync(new { customerId = 987654, kind = "email", content = "Test" });

        AssertSingleError(payload, "NotFoundError", "El cliente con id 987654 no existe", "NOT_FOUND");
    }

    [Fact]
    public async Task ContentLongerThan255CharactersIsRefused()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var payload = await RegisterAsync(new { customerId = customer.Id, kind = "CALL", content = new string('x', 256) });

        AssertSingleError(payload, "ValidationError", "El contenido admite a lo sumo 255 caracteres", "BAD_USER_INPUT");
    }

    private async Task<JsonElement> RegisterAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(Register, new { input })).GetProperty("registerChannel");

    private async Task<int> CountChannelsAsync()
    {
        await using var db = api.CreateDbContext();
        return await db.Channels.CountAsync();
    }

    private static void AssertSingleError(JsonElement payload, string type, string message, string code)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("channel").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
    }
}
