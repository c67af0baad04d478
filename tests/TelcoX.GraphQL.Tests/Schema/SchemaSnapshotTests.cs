using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Schema;

public sealed class SchemaSnapshotTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public async Task RunningSchemaMatchesTheCommittedSnapshot()
    {
        var printed = Normalize(api.Services.GetRequiredService<ISchema>().Print());
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, printed);
            return;
        }

        var committed = File.Exists(path) ? Normalize(await File.ReadAllTextAsync(path)) : "";
        Assert.True(committed == printed,
            $"The schema drifted from {path}. If the change is intended, regenerate the snapshot with " +
            $"{UpdateVariable}=1 dotnet test --filter SchemaSnapshotTests (or scripts/export-schema.sh) and commit it.");
    }

    private static string Normalize(string schema) => schema.ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelcoX.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"TelcoX.sln not found above {AppContext.BaseDirectory}.");
    }
}
