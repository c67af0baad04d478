using System.Net.Http.Json;
using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Infrastructure;

public static class GraphQLHttp
{
    /// <summary>POSTs a GraphQL document to /graphql and returns the parsed response body.</summary>
    public static async Task<JsonElement> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The response's data, after asserting it carries no error.</summary>
    public static async Task<JsonElement> QueryDataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }
}
