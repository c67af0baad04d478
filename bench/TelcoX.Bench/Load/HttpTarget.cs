using System.Net;
using System.Text;

namespace TelcoX.Bench.Load;

/// <summary>One server under test: a pooled HttpClient and how to post JSON to it.</summary>
public sealed class HttpTarget(string name, Uri baseAddress, string? apiKey, int connections) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    }) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public string Name => name;

    /// <summary>Posts JSON; gives up after 30 s unless <paramref name="timeout"/> says otherwise (a billing run).</summary>
    public async Task<(bool Ok, string Body)> PostAsync(string path, string json, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
            request.Headers.Add("X-API-Key", apiKey);
        using var response = await client.SendAsync(request, deadline.Token);
        var body = await response.Content.ReadAsStringAsync(deadline.Token);
        return (response.IsSuccessStatusCode && !body.Contains("\"errors\":[", StringComparison.Ordinal), body);
    }

    public static string GraphQL(string query, object? variables = null) =>
        System.Text.Json.JsonSerializer.Serialize(new { query, variables });

    public void Dispose() => client.Dispose();
}
