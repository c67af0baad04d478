using System.Diagnostics;
using System.Text.Json.Nodes;
using MySqlConnector;
using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>
/// P7: runBillingCycle over every seeded line, against the floor running the same statements by hand
/// on another period. Both periods are cleared first, so every run bills afresh; afterwards each period
/// must hold exactly one numbered invoice per billable line.
/// </summary>
public static class BillingWorkload
{
    private const string TelcoXPeriod = "2021-01", FloorPeriod = "2021-02";
    private const string Run = "mutation($period: String!) { runBillingCycle(input: { period: $period }) { issued alreadyIssued errors { __typename } } }";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private static readonly string BenchLines = $"Msisdn LIKE '{Seeder.MsisdnPrefix}_________'";

    public static async Task<BenchRow> RunAsync(BenchOptions options, HttpTarget api, HttpTarget floor)
    {
        var billable = await PrepareAsync(options.MySql);
        var telcoxStart = Stopwatch.GetTimestamp();
        var (ok, answer) = await api.PostAsync("/graphql", HttpTarget.GraphQL(Run, new { period = TelcoXPeriod }), 2 * Limit);
        var telcox = Stopwatch.GetElapsedTime(telcoxStart);
        var issued = ok ? JsonNode.Parse(answer)?["data"]?["runBillingCycle"]?["issued"]?.GetValue<int>() : null;
        var floorStart = Stopwatch.GetTimestamp();
        var (floorOk, floorAnswer) = await floor.PostAsync("/billing", $$"""{"period":"{{FloorPeriod}}"}""", 2 * Limit);
        var floorTime = Stopwatch.GetElapsedTime(floorStart);
        var floorIssued = floorOk ? JsonNode.Parse(floorAnswer)?["issued"]?.GetValue<int>() : null;

        var (telcoxRows, floorRows) = (await NumberedAsync(options.MySql, TelcoXPeriod), await NumberedAsync(options.MySql, FloorPeriod));
        var correct = issued == billable && telcoxRows == billable && floorIssued == billable && floorRows == billable;
        var target = options.Quick ? "correct (quick)" : $"< {Limit.TotalSeconds:0} s for {billable:N0} lines";
        return new BenchRow("P7", $"runBillingCycle, {billable:N0} lines",
            $"{Format(telcox.TotalSeconds, "0.0")} s ({Format(billable / telcox.TotalSeconds)} lines/s)",
            $"{Format(floorTime.TotalSeconds, "0.0")} s ({Format(billable / floorTime.TotalSeconds)} lines/s)",
            $"{Format(floorTime / telcox, "0.00")} ×", target, options.Quick || telcox < Limit, correct,
            correct ? "" : $"expected {billable} invoices per period; TelcoX issued {issued} ({telcoxRows} stored): {Throughput.Trim(answer)}; " +
                $"floor issued {floorIssued} ({floorRows} stored)");
    }

    /// <summary>Backdates the seeded lines to 2020 and deletes both periods' invoices; answers how many lines a period bills.</summary>
    private static async Task<int> PrepareAsync(string mysql)
    {
        await using var connection = new MySqlConnection(mysql);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"UPDATE PhoneLines SET CreatedAt = '2020-06-01' WHERE {BenchLines} AND CreatedAt > '2020-06-01'");
        await ExecuteAsync(connection, $"DELETE FROM Invoices WHERE Period IN ('{TelcoXPeriod}', '{FloorPeriod}')");
        return Convert.ToInt32(await Seeder.Scalar(connection,
            "SELECT COUNT(*) FROM PhoneLines l JOIN Plans p ON p.Id = l.PlanId WHERE p.MonthlyFee > 0 AND l.CreatedAt < '2021-01-01'"));
    }

    /// <summary>Invoices of the period with their final number: one per line, none left with a batch's token.</summary>
    private static async Task<int> NumberedAsync(string mysql, string period)
    {
        await using var connection = new MySqlConnection(mysql);
        await connection.OpenAsync();
        return Convert.ToInt32(await Seeder.Scalar(connection,
            $"SELECT CASE WHEN COUNT(*) = COUNT(DISTINCT PhoneLineId) THEN COALESCE(SUM(Number = CONCAT('FAC-{period}-', IF(Id < 100000, LPAD(Id, 5, '0'), Id))), 0) ELSE -1 END " +
            $"FROM Invoices WHERE Period = '{period}'"));
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
