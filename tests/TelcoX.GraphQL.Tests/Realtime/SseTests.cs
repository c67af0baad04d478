using System.Net.Http.Headers;
using System.Net.Http.Json;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>GraphQL over server-sent events (distinct connections) read with HttpClient.</summary>
public sealed class SseTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    [Fact]
    public async Task ASubscriptionStreamsNextEventsUntilTheClientLeaves()
    {
        var productId = api.AnyProductId();
        using (var client = api.CreateClient(Role.Admin))
        using (var response = await client.SendAsync(Request(OnInventoryChanged, new { id = productId }), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 1, "the bus subscription");

            await api.CreateClient(Role.Admin).QueryDataAsync(SetInventory, new { id = productId, q = 3 });

            Assert.Equal("event: next", await ReadEventLineAsync(reader));
            Assert.Contains("\"quantity\":3", await reader.ReadLineAsync());
        }
        await api.AllReleasedAsync();
    }

    [Fact]
    public async Task AQueryIsOneNextThenComplete()
    {
        using var client = api.CreateClient(Role.Admin);
        using var response = await client.SendAsync(Request("""{ consumption(msisdn: "593988877766") { minutes } }"""));
        var body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith(":\n\nevent: next\ndata: {\"data\":{\"consumption\":{\"minutes\":", body);
        Assert.EndsWith("event: complete\ndata:\n\n", body);
    }

    /// <summary>The next line that is not a keep-alive comment or a blank separator.</summary>
    private static async Task<string?> ReadEventLineAsync(StreamReader reader)
    {
        string? line;
        do line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        while (line is not null && (line.Length == 0 || line.StartsWith(':')));
        return line;
    }

    private static HttpRequestMessage Request(string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }
}
