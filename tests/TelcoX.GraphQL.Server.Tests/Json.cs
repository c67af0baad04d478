using System.Net.Http.Json;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.Tests;

public static class Json
{
    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, object? variables = null) =>
        client.PostAsJsonAsync("/graphql", new { query, variables });

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static string? Code(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
