using System.Text.Encodings.Web;
using System.Text.Json;
using Snapshooter;
using Snapshooter.Core;
using Snapshooter.Core.Serialization;
using Snapshooter.Xunit;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// Snapshooter's assertion with a line diff on mismatch. The new text lands in a __mismatch__ folder; to accept it,
/// delete the old snapshot and rerun with SNAPSHOOTER_STRICT_MODE=off (see <see cref="StrictSnapshots"/>).
/// </summary>
public static class Snapshots
{
    // JSON as a client reads it: indented, accents unescaped.
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Compares with __snapshots__/&lt;Class&gt;.&lt;Test&gt;[_&lt;caseName&gt;].snap beside the calling test's source file;
    /// a theory names each case. JSON is compared as JSON.
    /// </summary>
    public static void Match(object actual, string? caseName = null) =>
        Match(actual is JsonElement json ? JsonSerializer.Serialize(json, Readable) : actual, new SnapshotFileHandler(),
            caseName is null ? Snapshot.FullName() : Snapshot.FullName(new SnapshotNameExtension(caseName)));

    /// <summary>Compares with a file that lives where its readers expect it, such as schema/schema.graphql.</summary>
    public static void MatchFile(string actual, string path) =>
        Match(actual, new FilesBesideEachOther(), new SnapshotFullName(Path.GetFileName(path), Path.GetDirectoryName(path)!));

    private static void Match(object actual, ISnapshotFileHandler files, SnapshotFullName name)
    {
        var serializer = new SnapshotSerializer(new GlobalSnapshotSettingsResolver());
        var assert = new SnapshotAssert(serializer, files, new SnapshotEnvironmentCleaner(files),
            new JsonSnapshotComparer(new LineDiffAssert(), serializer), new JsonSnapshotFormatter(serializer));
        assert.AssertSnapshot(actual, name, new MatchOptions());
    }
}
