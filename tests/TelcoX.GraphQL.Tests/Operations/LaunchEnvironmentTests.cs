using System.Text.Json;
using TelcoX.GraphQL.Hosting;

namespace TelcoX.GraphQL.Tests.Operations;

/// <summary>The environment someone sets is the one they get; a plain <c>dotnet run</c> still starts Development.</summary>
public sealed class LaunchEnvironmentTests
{
    private const string Default = LaunchEnvironment.DefaultVariable;

    [Theory]
    [InlineData("TelcoX.GraphQL")]
    [InlineData("TelcoX.Admin")]
    public void TheLaunchProfileDefaultsToDevelopmentWithoutOverridingTheCallersEnvironment(string project)
    {
        var path = Path.Combine(TopologyScript.RepositoryRoot(), "src", project, "Properties", "launchSettings.json");
        var profiles = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("profiles").EnumerateObject().ToList();

        Assert.NotEmpty(profiles);
        foreach (var profile in profiles)
        {
            var variables = profile.Value.GetProperty("environmentVariables");
            Assert.False(variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out _), $"{project}: {profile.Name} overrides ASPNETCORE_ENVIRONMENT");
            Assert.False(variables.TryGetProperty("DOTNET_ENVIRONMENT", out _), $"{project}: {profile.Name} overrides DOTNET_ENVIRONMENT");
            Assert.Equal("Development", variables.GetProperty(Default).GetString());
        }
    }

    [Fact]
    public void APlainDotnetRunStartsDevelopment() =>
        Assert.Equal("Development", LaunchEnvironment.Options([], Variables((Default, "Development"))).EnvironmentName);

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public void AnEnvironmentVariableTheCallerSetWinsOverTheDefault(string variable) =>
        Assert.Null(LaunchEnvironment.Options([], Variables((Default, "Development"), (variable, "Production"))).EnvironmentName);

    [Fact]
    public void AnEnvironmentOnTheCommandLineWinsOverTheDefault() =>
        Assert.Null(LaunchEnvironment.Options(["--environment", "Production"], Variables((Default, "Development"))).EnvironmentName);

    [Fact]
    public void WithoutTheLaunchProfileTheHostDecidesAsUsual() =>
        Assert.Null(LaunchEnvironment.Options([], Variables()).EnvironmentName);

    private static Func<string, string?> Variables(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;
}
