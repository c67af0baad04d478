using System.Net;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

public sealed class GraphQLHttpMediaTypeTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private readonly HttpClient client = api.CreateClient(Role.Admin);

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.8, */*;q=0.1", GraphQLResponse)]
    [InlineData("application/json; charset=utf-8", Json)]
    public async Task TheResponseMediaTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        using var response = await client.PostQueryAsync("{ __typename }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Query", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=latin1")]
    public async Task AnAcceptHeaderNamingNothingWeProduceIs406(string accept)
    {
        using var response = await client.PostQueryAsync("{ __typename }", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.MediaType());
        Assert.True((await response.JsonBodyAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task AGetWithAnAcceptHeaderNamingNothingWeProduceIs406()
    {
        using var response = await client.GetQueryAsync("{ __typename }", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}
