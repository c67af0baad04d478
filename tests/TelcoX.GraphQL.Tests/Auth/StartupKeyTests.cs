using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Operations;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Outside Development the API will not start on a missing, short or development secret.</summary>
public sealed class StartupKeyTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("too-short-key")]
    [InlineData("DEVELOPMENT-ONLY-telcox-signing-key-never-use-in-production-0001")]
    public async Task ProductionRefusesToStartWithoutARealSigningKey(string? key)
    {
        await using var api = new ProductionApiFactory();
        await using var refused = api.WithWebHostBuilder(builder => builder.UseSetting("Auth:SigningKey", key ?? ""));

        var failure = Assert.ThrowsAny<Exception>(() => refused.Server);

        Assert.Contains("Auth:SigningKey", failure.ToString());
    }

    [Fact]
    public async Task ProductionRefusesToStartWithADevelopmentApiKey()
    {
        await using var api = new ProductionApiFactory();
        await using var refused = api.WithWebHostBuilder(builder => builder.UseSetting("Auth:ApiKeys:sync:Key", AuthenticatedClients.DevelopmentApiKey));

        var failure = Assert.ThrowsAny<Exception>(() => refused.Server);

        Assert.Contains("Auth:ApiKeys:sync:Key", failure.ToString());
    }

    /// <summary>
    /// The built API as an operator starts it, with the launch profile's default beside the chosen
    /// environment: the refusal is one line naming the setting, and exit code 1, not a crash.
    /// </summary>
    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public async Task TheProcessRefusesAMissingKeyInProductionWithOneLineAndExitCodeOne(string variable)
    {
        var directory = Path.Combine(TopologyScript.RepositoryRoot(), "src", "TelcoX.GraphQL", "bin", TopologyScript.Configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "TelcoX.GraphQL.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var inherited in new[] { "Auth__SigningKey", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
            start.Environment.Remove(inherited);
        start.Environment[variable] = "Production";
        start.Environment["TELCOX_DEFAULT_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__TelcoX"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"telcox-refused-{Guid.NewGuid():N}.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true); // it started: the refusal is missing
        }

        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("TelcoX GraphQL API not started: Auth:SigningKey must be set", line);
        Assert.DoesNotMatch(@"(?m)^\s+at |Unhandled exception", await output); // no stack trace anywhere
    }

    [Fact]
    public async Task ProductionStartsWithARealKey()
    {
        await using var api = new ProductionApiFactory();

        var response = await api.CreateClient().PostGraphQLAsync("{ products(first: 1) { totalCount } }");

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
    }
}
