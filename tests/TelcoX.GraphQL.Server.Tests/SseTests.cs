using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>GraphQL over server-sent events (distinct connections): a POST accepting text/event-stream streams "next" events.</summary>
public sealed class SseTests(TinyServer server) : IClassFixture<TinyServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ASubscriberReceivesAPublishedEventAsANextEvent()
    {
        using var client = server.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "subscription { onMessage }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        await server.Messages.ObservedAsync().WaitAsync(Patience);
        server.Messages.Publish("over the stream");

        // One deadline for the whole read: keep-alive comments would otherwise keep a broken stream waiting forever.
        using var deadline = new CancellationTokenSource(Patience);
        string? line;
        do line = await events.ReadLineAsync(deadline.Token);
        while (line is not null && line != "event: next");
        Assert.Equal("event: next", line);
        var data = await events.ReadLineAsync(deadline.Token);
        Assert.StartsWith("data: ", data);
        var result = JsonDocument.Parse(data!["data: ".Length..]).RootElement;
        Assert.Equal("over the stream", result.GetProperty("data").GetProperty("onMessage").GetString());
    }
}
