using System.Net.Http.Json;
using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Posts a document whatever the status, and reads the error codes it answered with.</summary>
public static class AuthErrors
{
    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static IReadOnlyList<string> Codes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")]
            : [];

    public static bool Refused(JsonElement body) => Codes(body).Any(code => code is "UNAUTHENTICATED" or "FORBIDDEN");
}
