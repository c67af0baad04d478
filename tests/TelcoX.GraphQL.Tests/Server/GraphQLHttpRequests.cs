using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>Raw requests to /graphql, with full control over method, body and headers.</summary>
internal static class GraphQLHttpRequests
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string? body, string? contentType = Json, string? accept = null) =>
        client.PostRawAsync(body is null ? null : Encoding.UTF8.GetBytes(body), contentType, accept);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, byte[]? body, string? contentType = Json, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return client.SendWithAcceptAsync(request, accept);
    }

    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, string? accept = null, object? variables = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(new { query, variables }), Json, accept);

    public static Task<HttpResponseMessage> GetQueryAsync(this HttpClient client, string query, string? accept = null, string? variables = null)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}";
        if (variables is not null)
            url += $"&variables={Uri.EscapeDataString(variables)}";
        return client.SendWithAcceptAsync(new HttpRequestMessage(HttpMethod.Get, url), accept);
    }

    public static async Task<JsonElement> JsonBodyAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The media type of the response, without parameters.</summary>
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    private static Task<HttpResponseMessage> SendWithAcceptAsync(this HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }
}
