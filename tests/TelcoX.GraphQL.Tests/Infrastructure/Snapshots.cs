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
    /// <summary>Compares with __snapshots__/&lt;Class&gt;.&lt;Test&gt;.snap beside the calling test's source file.</summary>
    public static void Match(object actual) => Match(actual, new SnapshotFileHandler(), Snapshot.FullName());

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
