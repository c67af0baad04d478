namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>Where a project of this repository was built, in the same configuration as these tests.</summary>
public static class BuiltProject
{
    public static string RepositoryRoot { get; } = FindRoot();

    // tests/TelcoX.Admin.Tests/bin/<Configuration>/net10.0/ → the configuration this test run was built in.
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ProjectDirectory(string name) => Path.Combine(RepositoryRoot, "src", name);

    public static string Assembly(string name)
    {
        var path = Path.Combine(ProjectDirectory(name), "bin", Configuration, "net10.0", name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {name} ({Configuration}) first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TelcoX.sln")))
                return dir.FullName;
        throw new InvalidOperationException("TelcoX.sln not found above " + AppContext.BaseDirectory);
    }
}
