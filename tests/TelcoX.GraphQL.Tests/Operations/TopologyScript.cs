using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TelcoX.GraphQL.Tests.Operations;

/// <summary>Runs scripts/topology.sh on free loopback ports and a state directory of its own.</summary>
public sealed class TopologyScript
{
    private readonly string root = RepositoryRoot();
    private readonly Dictionary<string, string> environment;

    public TopologyScript()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"telcox-topology-test-{Guid.NewGuid():N}");
        ProxyPort = FreePort();
        environment = new()
        {
            ["TELCOX_TOPOLOGY_DIR"] = Directory,
            ["TELCOX_TOPOLOGY_PORT"] = ProxyPort.ToString(),
            ["TELCOX_TOPOLOGY_API1_PORT"] = FreePort().ToString(),
            ["TELCOX_TOPOLOGY_API2_PORT"] = FreePort().ToString(),
            ["TELCOX_TOPOLOGY_REDIS_PORT"] = FreePort().ToString(),
            ["TELCOX_TOPOLOGY_MARIADB_PORT"] = FreePort().ToString(),
            ["TELCOX_TOPOLOGY_API_DIR"] = Path.Combine(root, "src", "TelcoX.GraphQL", "bin", Configuration, "net10.0"),
        };
    }

    public string Directory { get; }
    public int ProxyPort { get; }

    /// <summary>Runs the script with a command; returns its exit code and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "topology.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // the caller's finally still runs "stop" for what it left
            throw new TimeoutException($"topology.sh {command} ran past {timeout}");
        }
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The PIDs the script recorded (nginx's workers included), read while it runs.</summary>
    public IReadOnlyList<int> RecordedPids() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.pid", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).Where(line => line.Trim().Length > 0).Select(int.Parse).ToList();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TelcoX.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("TelcoX.sln not found above the test binaries.");
    }

#if DEBUG
    internal const string Configuration = "Debug";
#else
    internal const string Configuration = "Release";
#endif
}
