using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// Runs <c>audit/audit.mjs</c> (graphql-http's server audits) under node. Missing node or npm is a
/// failure, never a skip: a conformance test that cannot run must not look green.
/// </summary>
internal static class NodeAudit
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The audit folder beside this source file (the package.json lives there, not in bin/).</summary>
    public static string Folder { get; } = Path.Combine(SourceDirectory(), "audit");

    public static async Task<ProcessOutput> RunAsync(Uri url)
    {
        await EnsureInstalledAsync();
        return await RunProcessAsync("node", ["audit.mjs", url.ToString()], TimeSpan.FromMinutes(2));
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-http")))
                return;
            var install = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci failed in {Folder} ({install.ExitCode}):\n{install.StandardOutput}\n{install.StandardError}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<ProcessOutput> RunProcessAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"'{fileName}' is required to run the graphql-http audits but could not be started: {exception.Message}", exception);
        }

        using (process)
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellation.Token);
            var stderr = process.StandardError.ReadToEndAsync(cancellation.Token);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' took longer than {timeout}.");
            }
            return new ProcessOutput(process.ExitCode, await stdout, await stderr);
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

internal sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError);
