using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Server;
using Xunit.Abstractions;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Thousands of hostile requests at the real server: no 500, no crash, no row written, in bounded time.</summary>
public sealed class FuzzTests(KestrelTelcoApi api, ITestOutputHelper output) : IClassFixture<KestrelTelcoApi>
{
    private const int Requests = 10_000;
    private const int Concurrency = 8;

    [Fact]
    public async Task HostileRequestsNeverFailTheServerOrWriteARow()
    {
        var before = await CountsAsync();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var generator = new FuzzRequests(seed: 2026);
        var pending = Enumerable.Range(0, Requests).Select(_ => generator.Next()).ToList();
        using var client = new HttpClient { BaseAddress = api.GraphQLUrl, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (request, ct) =>
        {
            using (request)
            {
                var sent = await request.Content!.ReadAsStringAsync(ct);
                using var response = await client.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct); // every answer is read whole
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500)
                    failures.Enqueue($"{sent[..Math.Min(300, sent.Length)]} => {body}");
            }
        });
        clock.Stop();

        output.WriteLine($"{Requests} hostile requests in {clock.Elapsed.TotalSeconds:F1} s ({Concurrency} at a time)");
        foreach (var (status, count) in statuses.OrderBy(s => s.Key))
            output.WriteLine($"  HTTP {status}: {count}");
        foreach (var failure in failures.Take(5))
            output.WriteLine($"  5xx: {failure}");
        var after = await CountsAsync();
        output.WriteLine($"  rows before: {before}\n  rows after:  {after}");

        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.Equal(before, after);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        using var health = await client.GetAsync(new Uri(api.GraphQLUrl, "/health"));
        Assert.True(health.IsSuccessStatusCode, "the server no longer answers /health");
    }

    private async Task<RowCounts> CountsAsync()
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContextAsync();
        return await RowCounts.ReadAsync(db);
    }
}
