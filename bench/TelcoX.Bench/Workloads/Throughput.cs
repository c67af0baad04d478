using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>Requests per second of the API and its floor, side by side, as one table row.</summary>
public static class Throughput
{
    public const int Connections = 16;

    public static async Task<BenchRow> CompareAsync(BenchOptions options, string id, string workload, double target,
        Func<int, Task<(bool, string)>> api, Func<int, Task<(bool, string)>> floor, int connections = Connections)
    {
        var (a, f) = await HttpLoad.SideBySideAsync(options, connections, api, floor);
        var ratio = a.PerSecond / f.PerSecond;
        var correct = a.Failures == 0 && f.Failures == 0;
        var note = correct ? "" : $"failures: API {a.Failures} ({Trim(a.FirstFailure)}), floor {f.Failures} ({Trim(f.FirstFailure)})";
        return new BenchRow(id, workload,
            $"{Format(a.PerSecond)} req/s (p50 {Format(Stats.Percentile(a.LatenciesMs, 50), "0.0")} ms)",
            $"{Format(f.PerSecond)} req/s (p50 {Format(Stats.Percentile(f.LatenciesMs, 50), "0.0")} ms)",
            $"{Format(ratio, "0.00")} ×", $"≥ {Format(target, "0.0")} ×", ratio >= target, correct, note);
    }

    public static string Trim(string? text) => text is null ? "" : text.Length > 200 ? text[..200] + "…" : text;
}
