using System.Net;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>Status codes per media type, as GraphQL over HTTP lays them out.</summary>
public sealed class GraphQLHttpStatusCodeTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private readonly HttpClient client = api.CreateClient(Role.Admin);

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField8f31403d }")]
    [InlineData("query A { __typename } query B { __typename }")]
    public async Task RequestErrorsAre400WithoutDataUnderGraphQLResponseJson(string query)
    {
        using var response = await client.PostQueryAsync(query, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField8f31403d }")]
    public async Task RequestErrorsAre200UnderApplicationJson(string query)
    {
        using var response = await client.PostQueryAsync(query, Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.MediaType());
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task AVariableThatFailsCoercionIsARequestError(string accept, HttpStatusCode expected)
    {
        using var response = await client.PostQueryAsync(
            "query Lookup($msisdn: String!) { consumption(msisdn: $msisdn) { id } }", accept, new { msisdn = (string?)null });

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task FieldErrorsAre200WithDataUnderEitherMediaType(string accept)
    {
        using var response = await client.PostQueryAsync("{ consumption(msisdn: \"+00000000000\") { id } }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("consumption").ValueKind);
        Assert.Equal("NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheExistingTestHelpersStillWork()
    {
        var data = await client.QueryDataAsync("query Named($name: String!) { __type(name: $name) { name } }", new { name = "Query" });

        Assert.Equal("Query", data.GetProperty("__type").GetProperty("name").GetString());
    }
}
