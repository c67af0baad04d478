using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MySqlConnector;
using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>
/// P4: customers(first: 50) and the page after row 100,000, alternately from one client. A keyset
/// cursor seeks the index, so the deep page costs what the first does; OFFSET would read every row
/// before it. The deep cursor is the first page's end cursor with the 100,000th id in it.
/// </summary>
public static class KeysetWorkload
{
    private const string Query = """
        query Page($after: String) { customers(first: 50, after: $after) { nodes { id name contractNumber } pageInfo { hasNextPage endCursor } } }
        """;

    public static async Task<BenchRow> RunAsync(BenchOptions options, HttpTarget api)
    {
        var firstBody = HttpTarget.GraphQL(Query, new { after = (string?)null });
        var (ok, first) = await api.PostAsync("/graphql", firstBody);
        if (!ok)
            throw new InvalidOperationException($"first page failed: {Throughput.Trim(first)}");
        var deepId = await IdAtAsync(options.MySql, options.DeepRows);
        var deepBody = HttpTarget.GraphQL(Query, new { after = CursorWithId(EndCursor(first), deepId) });
        var (deepOk, deep) = await api.PostAsync("/graphql", deepBody);
        var firstNodeId = JsonNode.Parse(deep)?["data"]?["customers"]?["nodes"]?[0]?["id"]?.GetValue<int>();
        var correct = deepOk && firstNodeId > deepId;

        List<double> firstMs = [], deepMs = [];
        for (var i = 0; i < options.PagingSamples; i++)
        {
            firstMs.Add(await TimeAsync(api, firstBody));
            deepMs.Add(await TimeAsync(api, deepBody));
        }
        var (p50First, p50Deep) = (Stats.Percentile(firstMs, 50), Stats.Percentile(deepMs, 50));
        var ratio = p50Deep / p50First;
        return new BenchRow("P4", $"keyset page after {options.DeepRows:N0} rows vs the first page",
            $"deep p50 {Format(p50Deep, "0.00")} ms (p95 {Format(Stats.Percentile(deepMs, 95), "0.00")})",
            $"first page p50 {Format(p50First, "0.00")} ms (p95 {Format(Stats.Percentile(firstMs, 95), "0.00")})",
            $"{Format(ratio, "0.00")} ×", "≤ 1.5 × the first page", ratio <= 1.5, correct,
            correct ? "" : $"the deep page did not start after id {deepId}: {Throughput.Trim(deep)}");
    }

    private static async Task<double> TimeAsync(HttpTarget api, string body)
    {
        var start = Stopwatch.GetTimestamp();
        var (ok, answer) = await api.PostAsync("/graphql", body);
        if (!ok)
            throw new InvalidOperationException($"page failed: {Throughput.Trim(answer)}");
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string EndCursor(string answer) =>
        JsonNode.Parse(answer)!["data"]!["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

    /// <summary>The cursor is base64 JSON { O: order, K: [keys] } (CursorCodec): same order, another id.</summary>
    private static string CursorWithId(string cursor, int id)
    {
        var data = JsonNode.Parse(Convert.FromBase64String(cursor))!;
        data["K"] = new JsonArray(id);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(data.ToJsonString()));
    }

    private static async Task<int> IdAtAsync(string connectionString, int row)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        return Convert.ToInt32(await Seeder.Scalar(connection, $"SELECT Id FROM Customers ORDER BY Id LIMIT 1 OFFSET {row - 1}"));
    }
}
