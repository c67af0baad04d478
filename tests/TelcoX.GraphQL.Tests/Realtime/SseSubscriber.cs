using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>A test's end of a GraphQL-over-SSE subscription: the data of each <c>next</c> event as it comes.</summary>
public sealed class SseSubscriber(HttpClient client, HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public static async Task<SseSubscriber> StartAsync(HttpClient client, string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseSubscriber(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The data line of the next <c>event: next</c>, skipping keep-alive comments.</summary>
    public async Task<string> NextDataAsync()
    {
        string? line;
        do line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        while (line is not null && line != "event: next");
        Assert.NotNull(line);
        var data = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("data: ", data);
        return data!["data: ".Length..];
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
        client.Dispose();
    }
}
