using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class ConventionSchemaTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("CustomerFilterInput")]
    [InlineData("StringOperationFilterInput")]
    [InlineData("CustomerSortInput")]
    [InlineData("SortEnumType")]
    [InlineData("CustomersConnection")]
    [InlineData("CustomersEdge")]
    [InlineData("PageInfo")]
    [InlineData("InvoicesConnection")]
    [InlineData("ProductsCollectionSegment")]
    [InlineData("ListFilterInputTypeOfPhoneLineFilterInput")]
    [InlineData("InvoiceStatusOperationFilterInput")]
    public async Task TheSchemaNamesConventionTypesAsHotChocolateDoes(string name)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("query($name: String!) { __type(name: $name) { name } }", new { name });

        Assert.Equal(name, data.GetProperty("__type").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("UserFilterInput")]
    [InlineData("UserSortInput")]
    public async Task ThePasswordHashIsNeitherFilterableNorSortable(string input)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("query($input: String!) { __type(name: $input) { inputFields { name } } }", new { input });

        var fields = Strings(data.GetProperty("__type").GetProperty("inputFields"), "name");
        Assert.Contains("email", fields);
        Assert.DoesNotContain(fields, name => name!.Contains("password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AskingForMoreThanFiftyIsAnErrorNamingTheLimit()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ customers(first: 51) { nodes { id } } }");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Contains("50", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ProductsPageTakesTenByDefaultAndRefusesMoreThanAHundred()
    {
        var client = api.CreateClient(Role.Admin);
        var data = await client.QueryDataAsync("{ productsPage { items { id } totalCount pageInfo { hasNextPage hasPreviousPage } } " +
            "second: productsPage(skip: 10, take: 5) { items { id } pageInfo { hasPreviousPage } } }");
        var refused = await client.PostGraphQLAsync("{ productsPage(take: 101) { items { id } } }");

        var page = data.GetProperty("productsPage");
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("totalCount").GetInt32() > 10);
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(data.GetProperty("second").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Contains("100", error.GetProperty("message").GetString());
    }
}
