using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>
/// A built web project run as its own process on a free loopback port (as `dotnet run` would), stopped by
/// its PID. Its output is kept so that a failed start says why.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(string project, int port, IReadOnlyDictionary<string, string> environment)
    {
        Port = port;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltProject.Assembly(project), "--urls", BaseUrl, "--contentRoot", BuiltProject.ProjectDirectory(project) },
            WorkingDirectory = BuiltProject.ProjectDirectory(project),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string Output { get { lock (output) return output.ToString(); } }

    public static async Task<ServerProcess> StartAsync(string project, string readyPath, IReadOnlyDictionary<string, string> environment)
    {
        var server = new ServerProcess(project, FreePort(), environment);
        await server.WaitUntilAnswersAsync(readyPath, TimeSpan.FromSeconds(90));
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAnswersAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{process.StartInfo.ArgumentList[0]} exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(BaseUrl + path);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{BaseUrl}{path} did not answer within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
