namespace TelcoX.Admin.Hosting;

/// <summary>The API's LaunchEnvironment again: the two projects share no code.</summary>
public static class LaunchEnvironment
{
    /// <summary>Set by Properties/launchSettings.json, so that a plain <c>dotnet run</c> starts in Development.</summary>
    public const string DefaultVariable = "TELCOX_DEFAULT_ENVIRONMENT";

    /// <summary>
    /// The environment the caller chose (ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment) is
    /// the one they get; only when they chose none does <see cref="DefaultVariable"/> apply. A launch
    /// profile that set ASPNETCORE_ENVIRONMENT itself would override the shell's, and
    /// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> would start Development.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Chosen(args) is { Length: > 0 } ? null : Environment.GetEnvironmentVariable(DefaultVariable),
    };

    // Read the way the host reads it: DOTNET_, then ASPNETCORE_, then the command line.
    private static string? Chosen(string[] args) => new ConfigurationBuilder()
        .AddEnvironmentVariables("DOTNET_")
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddCommandLine(args)
        .Build()[HostDefaults.EnvironmentKey];
}
