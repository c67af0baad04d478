namespace TelcoX.Bench;

/// <summary>What bench/run.sh passes in: where the API and the floor listen, their PIDs (for RSS), and the database.</summary>
public sealed record BenchOptions(Uri Api, Uri Floor, string ApiKey, string MySql, int ApiPid, int FloorPid, bool Quick, string[] Only)
{
    public int SeedCustomers => Quick ? 2_000 : 100_000;
    public int DeepRows => Quick ? 1_000 : 100_000;
    // Many short alternating rounds: the other load on a shared machine comes and goes in bursts of
    // seconds, and fine interleaving spreads it evenly over the API and the floor.
    public TimeSpan Round => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1.5);
    public int Rounds => Quick ? 1 : 8;
    public TimeSpan WarmUp => Quick ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(15);
    public int Subscribers => Quick ? 50 : 1_000;
    public int FanOutEvents => Quick ? 5 : 30;
    public int IdleSockets => Quick ? 200 : 10_000;
    public int PagingSamples => Quick ? 20 : 300;

    public static BenchOptions Parse(string[] args)
    {
        string Value(string name) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"missing {name}");
        return new BenchOptions(new Uri(Value("--api")), new Uri(Value("--floor")), Value("--api-key"), Value("--mysql"),
            int.Parse(Value("--api-pid")), int.Parse(Value("--floor-pid")), args.Contains("--quick"),
            args.Contains("--only") ? Value("--only").Split(',') : []);
    }

    /// <summary>--only P1,P3 runs just those rows (for profiling one workload); all of them by default.</summary>
    public bool Runs(string id) => Only.Length == 0 || Only.Contains(id, StringComparer.OrdinalIgnoreCase);
}
