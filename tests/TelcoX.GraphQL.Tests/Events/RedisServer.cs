using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>
/// A private redis-server on a free loopback port, started and stopped by PID, never persisting.
/// Fails with instructions when redis-server is not installed rather than skipping silently.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }
    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port, and returns once it answers PING.</summary>
    public async Task RestartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed; run `bash scripts/redis.sh install`.");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { }; // drain the pipes so redis-server never blocks on them
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await EventRecorder<object>.WaitUntilAsync(Answers, $"redis-server on port {Port}");
    }

    /// <summary>Kills it like a crash would: no goodbye to its clients.</summary>
    public async Task KillAsync()
    {
        if (process is null) return;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var reply = new byte[7];
            return Encoding.ASCII.GetString(reply, 0, stream.Read(reply)).StartsWith("+PONG");
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
