using Snapshooter;
using Snapshooter.Core;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Snapshooter's file handling without its __snapshots__ folder: the snapshot is the named file itself.</summary>
internal sealed class FilesBesideEachOther : ISnapshotFileHandler
{
    public string SaveNewSnapshot(SnapshotFullName name, string snapshotData) => Write(Snapshot(name), snapshotData);

    public string SaveMismatchSnapshot(SnapshotFullName name, string snapshotData) =>
        Write(Path.Combine(name.FolderPath, FileNames.MismatchFolderName, name.Filename), snapshotData);

    public string ReadSnapshot(SnapshotFullName name) => File.ReadAllText(Snapshot(name));

    // The interface says non-null, but Snapshooter's caller takes null for a missing snapshot.
    public bool TryReadSnapshot(SnapshotFullName name, out string snapshotData)
    {
        snapshotData = File.Exists(Snapshot(name)) ? File.ReadAllText(Snapshot(name)) : null!;
        return snapshotData is not null;
    }

    public void DeleteSnapshot(SnapshotFullName name) => File.Delete(Snapshot(name));

    public void DeleteSnapshotSubfolder(SnapshotFullName name, string subfolderName)
    {
        var folder = Path.Combine(name.FolderPath, subfolderName);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private static string Snapshot(SnapshotFullName name) => Path.Combine(name.FolderPath, name.Filename);

    private static string Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
