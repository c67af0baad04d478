using System.Collections.Concurrent;
using MySqlConnector;
using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>
/// P5: recordUsageEvent from 50 concurrent clients, each event on a random line of 50 (so lines are
/// contended), then the rows are checked: every counted event is in UsageEvents and in the plans'
/// UsedBytes — no lost update. The API and the floor write to different lines.
/// </summary>
public static class UsageEventWorkload
{
    public const int Clients = 50;
    public const int LinesEach = 50;

    private const string Mutation = """
        mutation Record($input: RecordUsageEventInput!) { recordUsageEvent(input: $input) { counted usageEvent { id } dataPlan { usedBytes } } }
        """;

    private static readonly string[] Categories = ["SOCIAL", "ENTERTAINMENT", "SYSTEM_UPDATES", "NAVIGATION_SEARCH"];

    public static async Task<IReadOnlyList<BenchRow>> RunAsync(BenchOptions options, HttpTarget api, HttpTarget floor, IReadOnlyList<string> lines)
    {
        var apiLines = lines.Take(LinesEach).ToArray();
        var floorLines = lines.Skip(LinesEach).Take(LinesEach).ToArray();
        var apiLedger = new Ledger();
        var floorLedger = new Ledger();
        var apiBefore = await TotalsAsync(options.MySql, apiLines);
        var floorBefore = await TotalsAsync(options.MySql, floorLines);

        var (a, f) = await HttpLoad.SideBySideAsync(options, Clients,
            _ => apiLedger.SendAsync(apiLines, (msisdn, category, bytes) =>
                api.PostAsync("/graphql", HttpTarget.GraphQL(Mutation, new { input = new { msisdn, category, bytes } }))),
            _ => floorLedger.SendAsync(floorLines, (msisdn, category, bytes) =>
                floor.PostAsync("/usage", System.Text.Json.JsonSerializer.Serialize(new { msisdn, category, bytes }))));

        var apiCheck = await CheckAsync(options.MySql, apiLines, apiBefore, apiLedger);
        var floorCheck = await CheckAsync(options.MySql, floorLines, floorBefore, floorLedger);
        var ratio = a.PerSecond / f.PerSecond;
        var correct = a.Failures == 0 && f.Failures == 0 && apiCheck.Lost == 0 && floorCheck.Lost == 0;
        return
        [
            new BenchRow("P5", $"`recordUsageEvent`, {Clients} clients, MariaDB",
                $"{Format(a.PerSecond)} events/s (p99 {Format(Stats.Percentile(a.LatenciesMs, 99))} ms)",
                $"{Format(f.PerSecond)} events/s (p99 {Format(Stats.Percentile(f.LatenciesMs, 99))} ms)",
                $"{Format(ratio, "0.00")} ×", "≥ 3,000 events/s", a.PerSecond >= 3000, correct,
                correct ? "" : $"failures: API {a.Failures} ({Throughput.Trim(a.FirstFailure)}), floor {f.Failures} ({Throughput.Trim(f.FirstFailure)})"),
            new BenchRow("P5", "… lost updates (rows and byte sums checked after)",
                apiCheck.Describe(), floorCheck.Describe(), "", "0", apiCheck.Lost == 0, apiCheck.Lost == 0 && floorCheck.Lost == 0),
        ];
    }

    /// <summary>What the clients were told was counted: events and bytes per line.</summary>
    private sealed class Ledger
    {
        public readonly ConcurrentDictionary<string, long> Bytes = new();
        public int Events;

        public async Task<(bool, string)> SendAsync(string[] lines, Func<string, string, long, Task<(bool Ok, string Body)>> send)
        {
            var msisdn = lines[Random.Shared.Next(lines.Length)];
            var bytes = 1_000L + Random.Shared.Next(1_000);
            var result = await send(msisdn, Categories[Random.Shared.Next(Categories.Length)], bytes);
            if (result.Ok && result.Body.Contains("\"counted\":true", StringComparison.Ordinal))
            {
                Bytes.AddOrUpdate(msisdn, bytes, (_, sum) => sum + bytes);
                Interlocked.Increment(ref Events);
            }
            return result;
        }
    }

    private sealed record Totals(long Events, long UsedBytes, long CategoryBytes);

    private sealed record Check(long EventsCounted, long EventsStored, long BytesCounted, long BytesAdded, long CategoryBytesAdded)
    {
        public long Lost => Math.Abs(EventsCounted - EventsStored) + Math.Abs(BytesCounted - BytesAdded) + Math.Abs(BytesCounted - CategoryBytesAdded);

        public string Describe() => Lost == 0
            ? $"0 ({EventsStored:N0} events, {BytesAdded:N0} bytes all stored)"
            : $"{Lost:N0} (events {EventsCounted}/{EventsStored}, bytes {BytesCounted}/{BytesAdded}/{CategoryBytesAdded})";
    }

    private static async Task<Check> CheckAsync(string connectionString, string[] lines, Totals before, Ledger ledger)
    {
        var after = await TotalsAsync(connectionString, lines);
        return new Check(ledger.Events, after.Events - before.Events, ledger.Bytes.Values.Sum(),
            after.UsedBytes - before.UsedBytes, after.CategoryBytes - before.CategoryBytes);
    }

    private static async Task<Totals> TotalsAsync(string connectionString, string[] lines)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var list = string.Join(",", lines.Select(l => $"'{l}'"));
        var lineIds = $"SELECT Id FROM PhoneLines WHERE Msisdn IN ({list})";
        var events = Convert.ToInt64(await Seeder.Scalar(connection, $"SELECT COUNT(*) FROM UsageEvents WHERE PhoneLineId IN ({lineIds})"));
        await using var command = new MySqlCommand(
            $"SELECT COALESCE(SUM(UsedBytes), 0), COALESCE(SUM(SocialBytes + EntertainmentBytes + SystemUpdatesBytes + NavigationSearchBytes), 0) FROM DataPlans WHERE IsActive AND PhoneLineId IN ({lineIds})",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Totals(events, Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)));
    }
}
