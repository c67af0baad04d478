using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Mutations;

/// <summary>New rows are stamped by the registered TimeProvider, never the machine's clock: the API runs on a pinned one.</summary>
public sealed class RequestClockTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private static readonly DateTime Pinned = new(2024, 3, 5, 10, 20, 30, DateTimeKind.Utc);

    [Fact]
    public async Task ARegisteredCustomerAndItsFirstLineAreStampedByTheRequestClock()
    {
        await using var pinned = PinnedApi();
        var input = new { name = "Test Clock", serviceType = "prepago", line = new { msisdn = TestRows.Msisdn(), productType = "MOVIL" } };

        var id = await IdAsync(pinned, "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id } } }",
            input, "registerCustomer", "customer");

        await using var db = api.CreateDbContext();
        var customer = await db.Customers.Include(c => c.Lines).ThenInclude(l => l.Consumption).SingleAsync(c => c.Id == id);
        Assert.Equal(Pinned, customer.CreatedAt);
        Assert.Equal(Pinned, Assert.Single(customer.Lines).CreatedAt);
        Assert.Equal(Pinned, customer.Lines.Single().Consumption!.UpdatedAt);
    }

    [Fact]
    public async Task AnAddedLineIsStampedByTheRequestClock()
    {
        await using var pinned = PinnedApi();
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var id = await IdAsync(pinned, "mutation($input: AddLineInput!) { addLine(input: $input) { line { id } } }",
            new { customerId = customer.Id, msisdn = TestRows.Msisdn(), productType = "MOVIL" }, "addLine", "line");

        await using var db = api.CreateDbContext();
        Assert.Equal(Pinned, (await db.PhoneLines.SingleAsync(l => l.Id == id)).CreatedAt);
    }

    [Fact]
    public async Task ARegisteredChannelIsStampedByTheRequestClock()
    {
        await using var pinned = PinnedApi();
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var id = await IdAsync(pinned, "mutation($input: RegisterChannelInput!) { registerChannel(input: $input) { channel { id } } }",
            new { customerId = customer.Id, kind = "EMAIL", content = "Test clock" }, "registerChannel", "channel");

        await using var db = api.CreateDbContext();
        Assert.Equal(Pinned, (await db.Channels.SingleAsync(c => c.Id == id)).Timestamp);
    }

    [Fact]
    public async Task ARegisteredUserIsStampedByTheRequestClock()
    {
        await using var pinned = PinnedApi();

        var id = await IdAsync(pinned, "mutation($input: RegisterInput!) { register(input: $input) { user { id } } }",
            new { email = $"clock-{TestRows.Unique()}@example.test", password = "kitten saucer lamp" }, "register", "user");

        await using var db = api.CreateDbContext();
        Assert.Equal(Pinned, (await db.Users.SingleAsync(u => u.Id == id)).CreatedAt);
    }

    private WebApplicationFactory<Program> PinnedApi() => api.WithWebHostBuilder(host =>
        host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Pinned))));

    // Staff work goes through the API key: a bearer token would carry the machine's time, not the pinned one.
    private static async Task<int> IdAsync(WebApplicationFactory<Program> app, string mutation, object input, string field, string created)
    {
        var payload = (await app.CreateClient(Role.ApiKey).QueryDataAsync(mutation, new { input })).GetProperty(field);
        return payload.GetProperty(created).GetProperty("id").GetInt32();
    }
}
