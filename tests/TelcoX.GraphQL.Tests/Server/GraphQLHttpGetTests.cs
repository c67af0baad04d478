using System.Net;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

public sealed class GraphQLHttpGetTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private readonly HttpClient client = api.CreateClient(Role.Admin);

    [Fact]
    public async Task AQueryOverGetReturnsData()
    {
        using var response = await client.GetQueryAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task VariablesOverGetArriveAsAJsonString()
    {
        using var response = await client.GetQueryAsync(
            "query Named($name: String!) { __type(name: $name) { name } }", GraphQLResponse, """{"name":"Query"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("Query", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    [InlineData("subscription { __typename }", null)]
    public async Task AMutationOrSubscriptionOverGetIsRefusedWith405AndNotExecuted(string query, string? operationName)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}" + (operationName is null ? "" : $"&operationName={operationName}");
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("METHOD_NOT_ALLOWED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheQueryOfAMixedDocumentStillRunsOverGet()
    {
        using var response = await client.GetAsync(
            $"/graphql?query={Uri.EscapeDataString("query Q { __typename } mutation M { __typename }")}&operationName=Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?variables=%7B%7D")]
    [InlineData("?query=")]
    [InlineData("?query=%7B__typename%7D&query=%7B__typename%7D")]
    [InlineData("?query=%7B__typename%7D&variables=%7Bnot-json")]
    [InlineData("?query=%7B__typename%7D&variables=%5B%5D")]
    [InlineData("?query=%7B__typename%7D&extensions=1")]
    public async Task MalformedGetParametersAre400(string queryString)
    {
        using var response = await client.GetAsync("/graphql" + queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonBodyAsync()).TryGetProperty("errors", out _));
    }
}
