namespace TelcoX.GraphQL.Hosting;

/// <summary>
/// The passwords the repository ships for local use (compose defaults, scripts/mariadb.sh) are public:
/// outside Development they refuse to start unless Hosting:AllowDevelopmentSecrets says this is a
/// throwaway loopback deployment (scripts/topology.sh). The JWT signing key is checked by Auth.
/// </summary>
public static class DevelopmentSecrets
{
    private static readonly string[] Known = ["telcox-dev", "telcox-dev-root"];

    public static void RefuseOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || configuration.GetValue<bool>("Hosting:AllowDevelopmentSecrets"))
            return;
        foreach (var (key, value) in Secrets(configuration))
        {
            if (value is not null && Known.Any(secret => ContainsPassword(value, secret)))
                throw new InvalidOperationException(
                    $"{key} uses the repository's development password in the {environment.EnvironmentName} environment: set a real one.");
        }
    }

    private static IEnumerable<(string Key, string? Value)> Secrets(IConfiguration configuration)
    {
        yield return ("ConnectionStrings:TelcoX", configuration.GetConnectionString("TelcoX"));
        yield return ("Redis:Connection", configuration["Redis:Connection"]);
    }

    private static bool ContainsPassword(string connection, string secret) =>
        connection.Split(';', ',').Select(part => part.Split('=', 2)).Any(pair => pair.Length == 2
            && pair[0].Trim().ToLowerInvariant() is "password" or "pwd"
            && string.Equals(pair[1].Trim(), secret, StringComparison.Ordinal));
}
