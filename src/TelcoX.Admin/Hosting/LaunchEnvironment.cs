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
    public static WebApplicationOptions Options(string[] args) => Options(args, Environment.GetEnvironmentVariable);

    public static WebApplicationOptions Options(string[] args, Func<string, string?> variable) => new()
    {
        Args = args,
        EnvironmentName = Chosen(args, variable) ? null : variable(DefaultVariable),
    };

    // Any of the places the host reads it from, even one a later place overrides with an empty value.
    private static bool Chosen(string[] args, Func<string, string?> variable) =>
        !string.IsNullOrEmpty(variable("ASPNETCORE_ENVIRONMENT"))
        || !string.IsNullOrEmpty(variable("DOTNET_ENVIRONMENT"))
        || !string.IsNullOrEmpty(new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.EnvironmentKey]);
}
