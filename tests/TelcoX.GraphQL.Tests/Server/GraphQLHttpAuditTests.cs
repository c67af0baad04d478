using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// graphql-http's <c>serverAudits</c> (the GraphQL-over-HTTP conformance suite) against the real
/// app on Kestrel. Needs node (18+, for fetch) and npm on the PATH; node_modules is installed once.
/// </summary>
public sealed class GraphQLHttpAuditTests(KestrelTelcoApi api) : IClassFixture<KestrelTelcoApi>
{
    [Fact]
    public async Task EveryGraphQLHttpServerAuditPasses()
    {
        var output = await NodeAudit.RunAsync(api.GraphQLUrl);

        var lines = output.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        var audits = lines.Where(line => !line.TryGetProperty("summary", out _)).ToList();
        var failed = audits.Where(audit => audit.GetProperty("status").GetString() != "ok").Select(audit => audit.ToString()).ToList();

        Assert.True(failed.Count == 0, $"{failed.Count} of {audits.Count} audits failed:\n{string.Join('\n', failed)}\n{output.StandardError}");
        Assert.True(audits.Count >= 50, $"Only {audits.Count} audits ran (exit {output.ExitCode}):\n{output.StandardOutput}\n{output.StandardError}");
        Assert.Equal(0, output.ExitCode);
    }
}
