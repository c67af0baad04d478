using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Channels;

/// <summary>A channel's content is read by people: line breaks are kept, invisible and control characters refused.</summary>
public sealed class ChannelContentTextTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Register = """
        mutation($input: RegisterChannelInput!) {
          registerChannel(input: $input) { channel { id content } errors { __typename ... on Error { message code } } }
        }
        """;

    [Fact]
    public async Task ARightToLeftOverrideIsRefusedAndALineBreakIsKept()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var refused = await RegisterAsync(new { customerId = customer.Id, kind = "EMAIL", content = "Factura \u202Efdp.exe" });
        var kept = await RegisterAsync(new { customerId = customer.Id, kind = "EMAIL", content = "Factura enviada\nGracias" });

        PayloadAssert.SingleError(refused, "ValidationError",
            "El contenido no admite caracteres de control ni de formato invisibles (se encontró U+202E)", "BAD_USER_INPUT");
        PayloadAssert.Succeeded(kept);
        await using var db = api.CreateDbContext();
        Assert.Equal(["Factura enviada\nGracias"], await db.Channels.Where(c => c.CustomerId == customer.Id).Select(c => c.Content).ToListAsync());
    }

    private async Task<System.Text.Json.JsonElement> RegisterAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(Register, new { input })).GetProperty("registerChannel");
}
