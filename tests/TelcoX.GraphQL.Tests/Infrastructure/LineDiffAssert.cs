using System.Text.Json;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Snapshooter.Core;
using Xunit.Sdk;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Fails with the changed lines and their numbers; xunit's own string diff shows one escaped window.</summary>
internal sealed class LineDiffAssert : IAssert
{
    private const int MaxLines = 40;

    public void Assert(string expectedSnapshot, string actualSnapshot)
    {
        if (expectedSnapshot == actualSnapshot)
            return;
        var changed = InlineDiffBuilder.Diff(Text(expectedSnapshot), Text(actualSnapshot)).Lines
            .Where(line => line.Type != ChangeType.Unchanged)
            .Select(line => $"{(line.Type == ChangeType.Deleted ? "- snapshot" : "+ actual  ")} {line.Position,5}: {line.Text}")
            .ToList();
        throw new XunitException($"The snapshot differs (- snapshot, + actual, with line numbers):\n" +
            string.Join('\n', changed.Take(MaxLines)) + (changed.Count > MaxLines ? $"\n… {changed.Count - MaxLines} more" : ""));
    }

    // Snapshooter compares text snapshots as JSON string tokens: unescape them back into lines.
    private static string Text(string snapshot) =>
        snapshot.StartsWith('"') ? JsonSerializer.Deserialize<string>(snapshot)! : snapshot;
}
