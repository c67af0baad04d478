using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>
/// P6 (issue #6): the server's resident memory (VmRSS) grows by how much when N websockets are
/// open, initialised and acknowledged, and then sit idle.
/// </summary>
public static class IdleSocketsWorkload
{
    public static async Task<BenchRow> RunAsync(BenchOptions options)
    {
        var settle = TimeSpan.FromSeconds(options.Quick ? 0.5 : 3);
        var api = await MeasureAsync(FanOutWorkload.WebSocketUri(options.Api, "/graphql"), options.ApiKey, options.ApiPid, options.IdleSockets, settle);
        var floor = await MeasureAsync(FanOutWorkload.WebSocketUri(options.Floor, "/ws"), null, options.FloorPid, options.IdleSockets, settle);
        var limit = 600.0 * options.IdleSockets / 10_000;
        return new BenchRow("P6", $"{options.IdleSockets:N0} idle websockets: server RSS growth",
            $"{Format(api.DeltaMb)} MB ({Format(api.DeltaMb * 1024 / options.IdleSockets, "0.0")} KB/socket)",
            $"{Format(floor.DeltaMb)} MB ({Format(floor.DeltaMb * 1024 / options.IdleSockets, "0.0")} KB/socket)",
            $"{Format(api.DeltaMb / floor.DeltaMb, "0.0")} ×", $"< {Format(limit)} MB", api.DeltaMb < limit, api.Open == options.IdleSockets,
            api.Open == options.IdleSockets ? $"RSS before → after: API {Format(api.BeforeMb)} → {Format(api.BeforeMb + api.DeltaMb)} MB, floor {Format(floor.BeforeMb)} → {Format(floor.BeforeMb + floor.DeltaMb)} MB"
                : $"only {api.Open} of {options.IdleSockets} API sockets stayed open");
    }

    private sealed record Memory(double BeforeMb, double DeltaMb, int Open);

    private static async Task<Memory> MeasureAsync(Uri endpoint, string? apiKey, int pid, int count, TimeSpan settle)
    {
        await Task.Delay(settle);
        var before = RssMb(pid);
        var clients = await TransportWsClient.ConnectManyAsync(endpoint, apiKey, count, parallel: 128);
        try
        {
            await Task.Delay(settle); // idle: let the server settle (and collect what the handshakes left)
            var open = clients.Count(c => c.Failure is null);
            return new Memory(before, RssMb(pid) - before, open);
        }
        finally
        {
            foreach (var client in clients)
                await client.DisposeAsync();
        }
    }

    private static double RssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}
