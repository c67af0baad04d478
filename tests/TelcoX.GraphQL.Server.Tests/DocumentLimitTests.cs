using System.Net;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>GraphQL:Limits from configuration: a document over a cap is refused before validation, with a 400 and a sentence.</summary>
public sealed class DocumentLimitTests(TinyServer server) : IClassFixture<TinyServer>
{
    private readonly HttpClient client = server.Server.CreateClient();

    private static string Fields(int count) => "{ " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"f{i}: hello")) + " }";

    [Fact]
    public async Task ADocumentAtTheFieldCapRuns()
    {
        using var response = await client.PostQueryAsync(Fields(TinyServer.MaxFields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", (await response.BodyAsync()).GetProperty("data").GetProperty($"f{TinyServer.MaxFields}").GetString());
    }

    [Fact]
    public async Task ADocumentOverTheFieldCapIsRefused()
    {
        using var response = await client.PostQueryAsync(Fields(TinyServer.MaxFields + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("TOO_MANY_FIELDS", body.Code());
        Assert.Equal($"The document selects more than {TinyServer.MaxFields} fields. Reduce the fields in your request.",
            body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
