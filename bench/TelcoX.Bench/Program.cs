using TelcoX.Bench;
using TelcoX.Bench.Load;
using TelcoX.Bench.Workloads;

var options = BenchOptions.Parse(args);
Console.WriteLine($"Seeding {options.SeedCustomers:N0} customers with a line, consumption and data plan each…");
await Seeder.SeedAsync(options.MySql, options.SeedCustomers);
var lines = await Seeder.LinesAsync(options.MySql, 2 * UsageEventWorkload.LinesEach + 2);

using var api = new HttpTarget("TelcoX", options.Api, options.ApiKey, UsageEventWorkload.Clients);
using var floor = new HttpTarget("floor", options.Floor, null, UsageEventWorkload.Clients);
var rows = new List<BenchRow>();

async Task Run(string id, string workload, Func<Task<IEnumerable<BenchRow>>> run)
{
    if (!options.Runs(id))
        return;
    Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {id} {workload}…");
    try
    {
        rows.AddRange(await run());
    }
    catch (Exception e)
    {
        rows.Add(new BenchRow(id, workload, "failed", "", "", "", false, false, Throughput.Trim(e.Message)));
    }
}

await Run("P1", "__typename", async () => [await QueryWorkloads.TypenameAsync(options, floor)]);
await Run("P2", "customerSummary", async () => [await QueryWorkloads.SummaryAsync(options, api, floor)]);
await Run("P3", "customers(first: 50)", async () => await QueryWorkloads.CustomersAsync(options, api, floor));
await Run("P4", "keyset paging", async () => [await KeysetWorkload.RunAsync(options, api)]);
await Run("P5", "recordUsageEvent", async () => await UsageEventWorkload.RunAsync(options, api, floor, lines));
await Run("P6", "fan-out", async () => [await FanOutWorkload.RunAsync(options, api, floor, lines[^2], lines[^1])]);
await Run("P6", "idle sockets", async () => [await IdleSocketsWorkload.RunAsync(options)]);
await Run("P7", "runBillingCycle", async () => [await BillingWorkload.RunAsync(options, api, floor)]);

ResultTable.Print(rows);
// Missed targets are reported, not failed (the machine may be busy); a wrong answer or a lost update fails.
return rows.All(r => r.Correct) ? 0 : 1;
