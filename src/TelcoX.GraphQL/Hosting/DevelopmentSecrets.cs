using System.Net;

namespace TelcoX.GraphQL.Hosting;

/// <summary>
/// The passwords the repository ships for local use (scripts/mariadb.sh, old compose defaults) are
/// public: outside Development they are refused for any server that is not on this machine. A
/// throwaway loopback database (the test suite's, scripts/topology.sh's) keeps working. The JWT
/// signing key is checked by Auth.
/// </summary>
public static class DevelopmentSecrets
{
    private static readonly string[] Known = ["telcox-dev", "telcox-dev-root"];

    public static void RefuseOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
            return;
        Refuse("ConnectionStrings:TelcoX", DatabaseEndpoint(configuration.GetConnectionString("TelcoX")), environment);
        Refuse("Redis:Connection", RedisEndpoint(configuration["Redis:Connection"]), environment);
    }

    private static void Refuse(string key, (string[] Hosts, string? Password) endpoint, IHostEnvironment environment)
    {
        if (endpoint.Password is null || !Known.Contains(endpoint.Password) || endpoint.Hosts.Length > 0 && endpoint.Hosts.All(IsLoopback))
            return;
        throw new StartupRefusedException(
            $"{key} uses the repository's development password for a remote server in the {environment.EnvironmentName} environment: set a real one.");
    }

    // "Server=db1,db2;Port=3306;Password=…" (MySqlConnector also takes Host= and Pwd=).
    private static (string[], string?) DatabaseEndpoint(string? connection)
    {
        var pairs = (connection ?? "").Split(';').Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2)
            .Select(pair => (Key: pair[0].Trim().ToLowerInvariant(), Value: pair[1].Trim())).ToList();
        string? Find(params string[] names) => pairs.FirstOrDefault(pair => names.Contains(pair.Key)).Value;
        return ((Find("server", "host") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), Find("password", "pwd"));
    }

    // "host:6379,other:6379,password=…" (StackExchange.Redis: endpoints first, then options).
    private static (string[], string?) RedisEndpoint(string? connection)
    {
        var parts = (connection ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var password = parts.FirstOrDefault(part => part.StartsWith("password=", StringComparison.OrdinalIgnoreCase))?["password=".Length..];
        var hosts = parts.Where(part => !part.Contains('=')).Select(part => part.LastIndexOf(':') is var colon and > 0 ? part[..colon] : part);
        return (hosts.ToArray(), password);
    }

    private static bool IsLoopback(string host) =>
        host.Trim() is "localhost" || IPAddress.TryParse(host.Trim().Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
