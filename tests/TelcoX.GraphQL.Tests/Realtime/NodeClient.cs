using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// Runs <c>clients/subscribe.mjs</c> under node with a real client library (graphql-ws,
/// subscriptions-transport-ws, graphql-sse). Missing node or npm fails the test, never skips it.
/// </summary>
internal sealed class NodeClient : IDisposable
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly string Folder = Path.Combine(SourceDirectory(), "clients");
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private NodeClient(Process process)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public static async Task<NodeClient> SubscribeAsync(string client, Uri url, int productId, int count)
    {
        await EnsureInstalledAsync();
        return new NodeClient(Start("node", "subscribe.mjs", client, url.ToString(), productId.ToString(), count.ToString()));
    }

    /// <summary>The events it printed, once it has exited 0.</summary>
    public async Task<string[]> EventsAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}:\n{output}\n{await stderr}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-ws"))) return;
            using var install = Start("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            var output = install.StandardOutput.ReadToEndAsync();
            var errors = install.StandardError.ReadToEndAsync();
            await install.WaitForExitAsync();
            Assert.True(install.ExitCode == 0, $"npm ci failed in {Folder}:\n{await output}\n{await errors}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static Process Start(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException($"'{fileName}' did not start; node and npm are required.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
