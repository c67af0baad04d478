using TelcoX.Bench.Load;
using static TelcoX.Bench.ResultTable;

namespace TelcoX.Bench.Workloads;

/// <summary>P1–P3: the same answer from the GraphQL API and from a hand-written endpoint.</summary>
public static class QueryWorkloads
{
    public const string SummaryMsisdn = "0969786985"; // the demo line with a plan, a data plan and usage events

    public const string SummaryQuery = """
        query Summary($msisdn: String!) { customerSummary(msisdn: $msisdn) {
          customer { name contractNumber } line { msisdn } balance balanceLimit minutes minutesLimit
          dataPlan { limitBytes usedBytes percentUsed usage { category totalBytes } }
          unpaidInvoices { number total dueDate status } latestEvents { id category bytes occurredAt } } }
        """;

    public const string CustomersQuery = """
        query Customers($first: Int!) { customers(first: $first) {
          nodes { id name contractNumber lines { msisdn plan { name monthlyFee } consumption { balance dataMb minutes } } }
          pageInfo { hasNextPage endCursor } } }
        """;

    /// <summary>Anonymous, as the floor is: this row is the cost of the GraphQL-over-HTTP pipeline alone.</summary>
    public static async Task<BenchRow> TypenameAsync(BenchOptions options, HttpTarget floor)
    {
        using var anonymous = new HttpTarget("TelcoX", options.Api, null, Throughput.Connections);
        var body = HttpTarget.GraphQL("{ __typename }");
        return await Throughput.CompareAsync(options, "P1", "`{ __typename }` over HTTP", 0.6,
            _ => anonymous.PostAsync("/graphql", body), _ => floor.PostAsync("/typename", body));
    }

    public static Task<BenchRow> SummaryAsync(BenchOptions options, HttpTarget api, HttpTarget floor)
    {
        var graphql = HttpTarget.GraphQL(SummaryQuery, new { msisdn = SummaryMsisdn });
        var raw = System.Text.Json.JsonSerializer.Serialize(new { msisdn = SummaryMsisdn });
        return Throughput.CompareAsync(options, "P2", "`customerSummary(msisdn)` on MariaDB", 0.5,
            _ => api.PostAsync("/graphql", graphql), _ => floor.PostAsync("/summary", raw));
    }

    public static async Task<IReadOnlyList<BenchRow>> CustomersAsync(BenchOptions options, HttpTarget api, HttpTarget floor)
    {
        var graphql = HttpTarget.GraphQL(CustomersQuery, new { first = 50 });
        var raw = System.Text.Json.JsonSerializer.Serialize(new { first = 50 });
        var apiStatements = await StatementCounter.CountAsync(options.MySql, () => Expect(api.PostAsync("/graphql", graphql)));
        var floorStatements = await StatementCounter.CountAsync(options.MySql, () => Expect(floor.PostAsync("/customers", raw)));
        var throughput = await Throughput.CompareAsync(options, "P3", "`customers(first: 50)` + lines, consumption, plan", 0.5,
            _ => api.PostAsync("/graphql", graphql), _ => floor.PostAsync("/customers", raw));
        var statements = new BenchRow("P3", "… SQL statements per request", $"{apiStatements}", $"{floorStatements}", "",
            "≤ 4", apiStatements <= 4, apiStatements > 0, "statements counted from MariaDB's Com_select/insert/update/delete around one request");
        return [throughput, statements];
    }

    private static async Task Expect(Task<(bool Ok, string Body)> request)
    {
        var (ok, body) = await request;
        if (!ok)
            throw new InvalidOperationException($"request failed: {Throughput.Trim(body)}");
    }
}
