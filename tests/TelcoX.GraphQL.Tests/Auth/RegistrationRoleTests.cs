using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Anyone may open a CUSTOMER account; staff accounts and links to a customer's rows need staff.</summary>
public sealed class RegistrationRoleTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Register = "mutation($input: RegisterInput!) { register(input: $input) { user { role } errors { __typename ... on Error { code } } } }";

    [Theory]
    [InlineData(Role.Anonymous, "ADMIN", null, "ForbiddenError")]
    [InlineData(Role.Agent, "AGENT", null, "ForbiddenError")]
    [InlineData(Role.Anonymous, "CUSTOMER", 1, "ForbiddenError")]
    [InlineData(Role.Customer, "CUSTOMER", 1, "ForbiddenError")]
    [InlineData(Role.Anonymous, "CUSTOMER", null, null)]
    [InlineData(Role.Agent, "CUSTOMER", 1, null)]
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

    [Fact]
    public async Task ACustomerCannotPurchaseForAnotherCustomer()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(Role.Customer),
            "mutation { purchase(input: { productId: 1, quantity: 1, customerId: 1 }) { purchase { id } } }");

        Assert.Equal(["FORBIDDEN"], AuthErrors.Codes(body));
    }
}
