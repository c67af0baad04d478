using System.Diagnostics;
using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>
/// P6 (issue #6): N websocket subscribers of one line; a usage event is recorded over HTTP and each
/// subscriber's "next" is timed from the moment the mutation was sent — so the latency includes the
/// mutation's own transaction, an upper bound on event-to-client.
/// </summary>
public static class FanOutWorkload
{
    private const string Subscription = """
        subscription Usage($msisdn: String!) { onUsageUpdated(msisdn: $msisdn) { msisdn consumption { balance dataMb minutes } dataPlan { usedBytes } } }
        """;

    private const string Mutation = """
        mutation Record($input: RecordUsageEventInput!) { recordUsageEvent(input: $input) { counted } }
        """;

    public static async Task<BenchRow> RunAsync(BenchOptions options, HttpTarget api, HttpTarget floor, string apiLine, string floorLine)
    {
        var apiResult = await MeasureAsync(options, WebSocketUri(options.Api, "/graphql"), options.ApiKey, options.ApiPid, apiLine,
            () => api.PostAsync("/graphql", HttpTarget.GraphQL(Mutation, new { input = new { msisdn = apiLine, category = "SOCIAL", bytes = 1000 } })));
        var floorResult = await MeasureAsync(options, WebSocketUri(options.Floor, "/ws"), null, options.FloorPid, floorLine,
            () => floor.PostAsync("/publish", System.Text.Json.JsonSerializer.Serialize(new { msisdn = floorLine, category = "SOCIAL", bytes = 1000 })));
        var (apiP99, floorP99) = (Stats.Percentile(apiResult.Latencies, 99), Stats.Percentile(floorResult.Latencies, 99));
        var correct = apiResult.Missing == 0 && floorResult.Missing == 0;
        return new BenchRow("P6", $"fan-out: {options.Subscribers:N0} graphql-transport-ws subscribers of one line",
            $"p99 {Format(apiP99)} ms (p50 {Format(Stats.Percentile(apiResult.Latencies, 50))})",
            $"p99 {Format(floorP99)} ms (p50 {Format(Stats.Percentile(floorResult.Latencies, 50))})",
            $"{Format(apiP99 / floorP99, "0.0")} × the floor's p99", "p99 < 50 ms", apiP99 < 50, correct,
            correct ? $"{options.FanOutEvents} events each; latency from sending the mutation to each subscriber's message. The mutation alone answered in p50 {Format(Stats.Percentile(apiResult.PublishMs, 50))} ms (API) / {Format(Stats.Percentile(floorResult.PublishMs, 50))} ms (floor). Server CPU per event, mutation and fan-out together (less noisy than latency on a busy machine): {Format(apiResult.CpuMsPerEvent)} ms (API) / {Format(floorResult.CpuMsPerEvent)} ms (floor)"
                : $"messages missing: API {apiResult.Missing} ({apiResult.Failure}), floor {floorResult.Missing} ({floorResult.Failure})");
    }

    /// <param name="PublishMs">How long the mutation itself took to answer: the part of the latency that is not fan-out.</param>
    /// <param name="CpuMsPerEvent">The server's user+system CPU time over the timed events, per event.</param>
    private sealed record FanOutResult(List<double> Latencies, int Missing, string? Failure, List<double> PublishMs, double CpuMsPerEvent);

    private static async Task<FanOutResult> MeasureAsync(BenchOptions options, Uri endpoint, string? apiKey, int pid, string msisdn,
        Func<Task<(bool Ok, string Body)>> publish)
    {
        var clients = await TransportWsClient.ConnectManyAsync(endpoint, apiKey, options.Subscribers);
        try
        {
            await Task.WhenAll(clients.Select(c => c.SubscribeAsync(Subscription, new { msisdn })));
            // A subscription goes live a moment after "subscribe" (the server looks the line up first), so
            // untimed events are published until every subscriber has had one; then the timed ones start.
            var missing = clients.Count;
            for (var attempt = 0; attempt < 20 && missing > 0; attempt++)
                missing = await PublishAndWaitAsync(clients, publish, _ => 1, TimeSpan.FromSeconds(2));
            await Task.Delay(500);
            var baseline = clients.Select(c => c.Received).ToArray();
            var sent = new List<long>();
            var publishMs = new List<double>();
            var cpuBefore = CpuMs(pid);
            for (var i = 0; i < options.FanOutEvents && missing == 0; i++)
            {
                await Task.Delay(100);
                sent.Add(Stopwatch.GetTimestamp());
                var expected = i + 1;
                missing = await PublishAndWaitAsync(clients, () => TimedAsync(publish, publishMs), c => baseline[c] + expected, TimeSpan.FromSeconds(15));
            }
            var cpuMsPerEvent = (CpuMs(pid) - cpuBefore) / Math.Max(1, sent.Count);
            var latencies = new List<double>();
            for (var c = 0; c < clients.Count; c++)
                lock (clients[c].Arrivals)
                    for (var i = 0; i < sent.Count && baseline[c] + i < clients[c].Arrivals.Count; i++)
                        latencies.Add(Stopwatch.GetElapsedTime(sent[i], clients[c].Arrivals[baseline[c] + i]).TotalMilliseconds);
            return new FanOutResult(latencies, missing, clients.Select(c => c.Failure).FirstOrDefault(f => f is not null), publishMs, cpuMsPerEvent);
        }
        finally
        {
            foreach (var client in clients)
                await client.DisposeAsync();
        }
    }

    private static async Task<(bool, string)> TimedAsync(Func<Task<(bool Ok, string Body)>> publish, List<double> publishMs)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await publish();
        publishMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    /// <summary>Publishes once and waits until client c has received <paramref name="expected"/>(c) events; returns how many have not.</summary>
    private static async Task<int> PublishAndWaitAsync(List<TransportWsClient> clients, Func<Task<(bool Ok, string Body)>> publish,
        Func<int, int> expected, TimeSpan timeout)
    {
        var (ok, body) = await publish();
        if (!ok)
            throw new InvalidOperationException($"publishing failed: {Throughput.Trim(body)}");
        var deadline = Stopwatch.StartNew();
        int Missing() => Enumerable.Range(0, clients.Count).Count(c => clients[c].Received < expected(c));
        while (deadline.Elapsed < timeout)
        {
            if (Missing() == 0)
                return 0;
            await Task.Delay(2);
        }
        return Missing();
    }

    /// <summary>utime + stime from /proc/&lt;pid&gt;/stat (fields 14 and 15, in clock ticks of 10 ms on Linux).</summary>
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (name) ": field 3 is fields[0]
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }

    public static Uri WebSocketUri(Uri http, string path) => new UriBuilder(http) { Scheme = "ws", Path = path }.Uri;
}
