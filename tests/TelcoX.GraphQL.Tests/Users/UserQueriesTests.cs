using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Users;

public sealed class UserQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task UserByIdReturnsEmailRoleAndLinkedCustomer()
    {
        var customer = TestRows.Customer("Test Customer User");
        var user = TestRows.User(UserRole.Customer, customer);
        await api.AddRowsAsync(user);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { user(id: $id) { id email role customer { name } } }", new { id = user.Id });

        var found = data.GetProperty("user");
        Assert.Equal(user.Email, found.GetProperty("email").GetString());
        Assert.Equal("CUSTOMER", found.GetProperty("role").GetString());
        Assert.Equal("Test Customer User", found.GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownUserIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ user(id: 987654321) { id } }");

        NotFound(response, "user", "User 987654321 not found");
    }

    [Fact]
    public async Task UsersListsEveryUserByIdStaffWithoutCustomer()
    {
        var agent = TestRows.User(UserRole.Agent);
        await api.AddRowsAsync(agent);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: users(first: 50) { nodes { id } } mine: users(where: { id: { eq: $id } }) { nodes { id role customer { id } } } }",
            new { id = agent.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal("AGENT", mine.GetProperty("role").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("customer").ValueKind);
    }

    [Fact]
    public async Task ThePasswordHashIsNotInTheSchema()
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("{ __type(name: \"User\") { fields { name } } }");

        Assert.DoesNotContain(Strings(data.GetProperty("__type").GetProperty("fields"), "name"),
            name => name!.Contains("password", StringComparison.OrdinalIgnoreCase));
        // Only the inputs of register and login may take a password; no output type ever has one.
        var withPassword = api.Services.GetRequiredService<ISchema>().AllTypes.OfType<IComplexGraphType>()
            .Where(type => type.Fields.Any(field => field.Name.Contains("password", StringComparison.OrdinalIgnoreCase)))
            .Select(type => type.Name).Order();
        Assert.Equal(["LoginInput", "RegisterInput"], withPassword);
        Assert.DoesNotContain("passwordHash", api.Services.GetRequiredService<ISchema>().Print(), StringComparison.OrdinalIgnoreCase);
    }
}
