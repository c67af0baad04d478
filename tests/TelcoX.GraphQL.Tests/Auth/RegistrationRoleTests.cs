using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Anyone may open a CUSTOMER account; staff accounts and links to a customer's rows need an ADMIN.</summary>
public sealed class RegistrationRoleTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Register = "mutation($input: RegisterInput!) { register(input: $input) { user { role } errors { __typename ... on Error { code } } } }";

    [Theory]
    [InlineData(Role.Anonymous, "ADMIN", null, "ForbiddenError")]
    [InlineData(Role.Agent, "AGENT", null, "ForbiddenError")]
    [InlineData(Role.Anonymous, "CUSTOMER", 1, "ForbiddenError")]
    [InlineData(Role.Customer, "CUSTOMER", 1, "ForbiddenError")]
    [InlineData(Role.Anonymous, "CUSTOMER", null, null)]
    [InlineData(Role.Agent, "CUSTOMER", 1, "ForbiddenError")]
    [InlineData(Role.Admin, "CUSTOMER", 1, null)]
    [InlineData(Role.Admin, "AGENT", null, null)]
    public async Task RegistrationIsAllowedOrForbiddenByTheCallersRole(Role caller, string role, int? customerId, string? error)
    {
        var input = new { email = $"reg-{TestRows.Unique()}@example.test", password = "A-long-enough-password-1", role, customerId };

        var data = await api.CreateClient(caller).QueryDataAsync(Register, new { input });

        var errors = data.GetProperty("register").GetProperty("errors");
        if (error is null)
            Assert.Equal(role, data.GetProperty("register").GetProperty("user").GetProperty("role").GetString());
        else
            Assert.Equal(error, errors[0].GetProperty("__typename").GetString());
    }

    // Whoever links a login chooses its password, and so could sign in as that customer.
    [Theory]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Customer)]
    [InlineData(Role.Agent)]
    [InlineData(Role.ApiKey)]
    public async Task OnlyAnAdminLinksALoginToACustomerAndARefusalWritesNothing(Role caller)
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await RegisterAsync(caller, customer.Id);

        PayloadAssert.SingleError(payload, "ForbiddenError", "Only an ADMIN can link a user to a customer", "FORBIDDEN");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnAdminLinksALoginToACustomer()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var payload = await RegisterAsync(Role.Admin, customer.Id);

        PayloadAssert.Succeeded(payload);
        var user = payload.GetProperty("user");
        Assert.Equal(customer.Id, user.GetProperty("customer").GetProperty("id").GetInt32());
        await using var db = api.CreateDbContext();
        Assert.Equal(customer.Id, (await db.Users.SingleAsync(u => u.Id == user.GetProperty("id").GetInt32())).CustomerId);
    }

    [Fact]
    public async Task ACustomerCannotPurchaseForAnotherCustomer()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(Role.Customer),
            "mutation { purchase(input: { productId: 1, quantity: 1, customerId: 1 }) { purchase { id } } }");

        Assert.Equal(["FORBIDDEN"], AuthErrors.Codes(body));
    }

    private async Task<JsonElement> RegisterAsync(Role caller, int customerId)
    {
        var input = new { email = $"reg-{TestRows.Unique()}@example.test", password = "A-long-enough-password-1", customerId };
        return (await api.CreateClient(caller).QueryDataAsync(UserDocuments.Register, new { input })).GetProperty("register");
    }
}
