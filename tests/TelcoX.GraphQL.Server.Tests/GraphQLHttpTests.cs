using System.Net;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>GraphQL over HTTP: POST and GET run the query; a document that does not parse is the client's fault.</summary>
public sealed class GraphQLHttpTests(TinyServer server) : IClassFixture<TinyServer>
{
    private readonly HttpClient client = server.Server.CreateClient();

    [Fact]
    public async Task APostRunsTheQueryWithItsVariables()
    {
        using var response = await client.PostQueryAsync("query($name: String) { hello(name: $name) }", new { name = "Ada" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Hello, Ada!", (await response.BodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task AGetRunsTheQueryFromTheQueryString()
    {
        using var response = await client.GetAsync($"/graphql?query={Uri.EscapeDataString("{ hello }")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", (await response.BodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task ADocumentThatDoesNotParseIsABadRequestWithASentence()
    {
        using var response = await client.PostQueryAsync("{ hello ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("SYNTAX_ERROR", body.Code());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.StartsWith("Error parsing query", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
