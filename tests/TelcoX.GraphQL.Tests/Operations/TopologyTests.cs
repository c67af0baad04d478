using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using TelcoX.GraphQL.Hosting;

namespace TelcoX.GraphQL.Tests.Operations;

public sealed class TopologyTests
{
    [TopologyFact]
    public async Task TwoInstancesBehindNginxShareOneDatabaseAndStopWithoutLeftovers()
    {
        var topology = new TopologyScript();
        IReadOnlyList<int> pids = [];
        try
        {
            var started = await topology.RunAsync("start", TimeSpan.FromSeconds(120));
            Assert.True(started.ExitCode == 0, started.Output);
            pids = topology.RecordedPids();
            Assert.True(pids.Count >= 6, $"PIDs recorded: {string.Join(", ", pids)}"); // mariadb, redis, 2 APIs, nginx and a worker
            using var proxy = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{topology.ProxyPort}") };
            // Registering customers is staff work: the topology's own AGENT API key signs the requests.
            proxy.DefaultRequestHeaders.Add("X-API-Key", await File.ReadAllTextAsync(Path.Combine(topology.Directory, "api.key")));

            var instances = new HashSet<string>();
            for (var i = 0; i < 6; i++)
            {
                using var health = await proxy.GetAsync("/health");
                Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
                instances.Add(InstanceOf(health));
            }
            Assert.Equal(["api1", "api2"], instances.Order());

            var name = $"Topology {Guid.NewGuid():N}";
            var (writer, registered) = await PostAsync(proxy,
                "mutation($name: String) { registerCustomer(input: { name: $name, serviceType: \"prepago\" }) { customer { id } errors { __typename } } }",
                new { name });
            var id = registered.GetProperty("data").GetProperty("registerCustomer").GetProperty("customer").GetProperty("id").GetInt32();

            // Round robin sends the next request to the other instance; ask until it is the one answering.
            for (var attempt = 0; ; attempt++)
            {
                var (reader, found) = await PostAsync(proxy, "query($id: Int!) { customer(id: $id) { name } }", new { id });
                if (reader == writer && attempt < 5)
                    continue;
                Assert.NotEqual(writer, reader);
                Assert.Equal(name, found.GetProperty("data").GetProperty("customer").GetProperty("name").GetString());
                break;
            }
        }
        finally
        {
            var stopped = await topology.RunAsync("stop", TimeSpan.FromSeconds(60));
            Assert.True(stopped.ExitCode == 0, stopped.Output);
        }

        Assert.DoesNotContain(pids, IsAlive);
        var status = await topology.RunAsync("status", TimeSpan.FromSeconds(10));
        Assert.NotEqual(0, status.ExitCode);
        Assert.DoesNotContain("running", status.Output);
        Directory.Delete(topology.Directory, recursive: true);
    }

    private static async Task<(string Instance, JsonElement Body)> PostAsync(HttpClient proxy, string query, object variables)
    {
        using var response = await proxy.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return (InstanceOf(response), json);
    }

    private static string InstanceOf(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues(ProxyStartupFilter.InstanceHeader));

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
    }
}
