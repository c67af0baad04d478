using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Schema;

public sealed class SchemaSnapshotTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    /// <summary>schema/schema.graphql is the snapshot: the client generator and front-end developers read it there.</summary>
    [Fact]
    public void RunningSchemaMatchesTheCommittedSnapshot() =>
        Snapshots.MatchFile(api.Services.GetRequiredService<ISchema>().Print(),
            Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));

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
