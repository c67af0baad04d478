using System.Diagnostics;
using TelcoX.Client.Tests.Infrastructure;

namespace TelcoX.Client.Tests.Generator;

/// <summary>A project that imports the targets fails `dotnet build` on a bad operation, with an error an IDE can jump to.</summary>
public sealed class BuildFailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("telcox-clientgen-").FullName;

    [Fact]
    public async Task AnInvalidOperationFailsTheBuildWithFileLineColumnAndTheField()
    {
        var targets = Repository.Path("src", "TelcoX.ClientGenerator", "build", "TelcoX.ClientGenerator.targets");
        File.WriteAllText(Path.Combine(folder, "Throwaway.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TelcoXGraphQLNamespace>Throwaway.GraphQL</TelcoXGraphQLNamespace>
              </PropertyGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        var operation = Path.Combine(folder, "GraphQL", "Customers", "GetCustomers.graphql");
        Directory.CreateDirectory(Path.GetDirectoryName(operation)!);
        File.WriteAllText(operation, "query GetCustomers {\n  customers(first: 1) {\n    nodes {\n      nope\n    }\n  }\n}\n");

        var (exitCode, output) = await BuildAsync(Path.Combine(folder, "Throwaway.csproj"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{operation}(4,7): error TXGQL002: Cannot query field 'nope' on type 'Customer'.", output);
        Assert.DoesNotContain("error CS", output); // stopped before the compiler
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", Repository.Configuration, "-nr:false", "-v:q", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output + await error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
