using System.Diagnostics;

namespace TelcoX.Bench.Load;

public sealed record LoadResult(int Requests, int Failures, double Seconds, List<double> LatenciesMs, string? FirstFailure)
{
    public double PerSecond => Requests / Seconds;

    public static LoadResult operator +(LoadResult a, LoadResult b) =>
        new(a.Requests + b.Requests, a.Failures + b.Failures, a.Seconds + b.Seconds, [.. a.LatenciesMs, .. b.LatenciesMs], a.FirstFailure ?? b.FirstFailure);

    public static readonly LoadResult Empty = new(0, 0, 0, [], null);
}

/// <summary>Closed-loop load: <c>concurrency</c> workers each send the next request as soon as the last one answered.</summary>
public static class HttpLoad
{
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, Func<int, Task<(bool Ok, string Body)>> send)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<double>();
            int ok = 0, failed = 0;
            string? failure = null;
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var (success, body) = await send(worker);
                    if (success) ok++; else { failed++; failure ??= body; }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failed++;
                    failure ??= e.Message;
                }
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return new LoadResult(ok, failed, 0, latencies, failure);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var total = results.Aggregate(LoadResult.Empty, (a, b) => a + b);
        return total with { Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>
    /// The API and the floor in alternating rounds after one warm-up round each, so that whatever else
    /// the machine is doing weighs on both alike. The warm-up is long enough for the JIT's tiered compilation
    /// to settle (a server in production runs warm); a short one measures the large API's JIT against the
    /// tiny floor's, which the profile showed taking up to half the API's CPU.
    /// </summary>
    public static async Task<(LoadResult Api, LoadResult Floor)> SideBySideAsync(BenchOptions options, int concurrency,
        Func<int, Task<(bool, string)>> api, Func<int, Task<(bool, string)>> floor)
    {
        var warmUp = options.WarmUp;
        await RunAsync(concurrency, warmUp, api);
        await RunAsync(concurrency, warmUp, floor);
        LoadResult apiTotal = LoadResult.Empty, floorTotal = LoadResult.Empty;
        for (var round = 0; round < options.Rounds; round++)
        {
            apiTotal += await RunAsync(concurrency, options.Round, api);
            floorTotal += await RunAsync(concurrency, options.Round, floor);
        }
        return (apiTotal, floorTotal);
    }
}
