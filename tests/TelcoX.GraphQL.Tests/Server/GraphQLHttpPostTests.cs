using System.Net;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

public sealed class GraphQLHttpPostTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private readonly HttpClient client = api.CreateClient(Role.Admin);

    [Theory]
    [InlineData("""{"query":"{ __typename }"}""")]
    [InlineData("""{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"query Q { __typename }","operationName":"Q","variables":{},"extensions":{"some":"value"}}""")]
    public async Task WellFormedBodiesAreExecuted(string body)
    {
        using var response = await client.PostRawAsync(body, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonBodyAsync();
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task APostWhoseContentTypeIsNotJsonIs415(string? contentType)
    {
        using var response = await client.PostRawAsync("""{"query":"{ __typename }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True((await response.JsonBodyAsync()).TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("42")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""")]
    [InlineData("""{"query":"{ __typ""")]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\":\"{ __typename }\"} trailing")]
    public async Task MalformedBodiesAre400AndNever500(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await client.PostRawAsync(body, accept: accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.MediaType());
            var json = await response.JsonBodyAsync();
            Assert.Equal("BAD_REQUEST", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task APostWithNeitherBodyNorContentTypeIs415()
    {
        using var response = await client.PostRawAsync((byte[]?)null, contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task HugeGarbageIsRefusedBeforeItIsRead()
    {
        var garbage = new byte[8 * 1024 * 1024];
        new Random(42).NextBytes(garbage);

        using var response = await client.PostRawAsync(garbage);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJsonIs400()
    {
        using var response = await client.PostRawAsync("""{"query":"{ __typename }","variables":{"a":""" + new string('[', 100_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task MethodsOtherThanGetAndPostAre405(string method)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
