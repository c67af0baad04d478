namespace TelcoX.GraphQL.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>e.g. "10.11.6-mariadb" or "8.4.0-mysql"; detected from the server when empty.</summary>
    public string? ServerVersion { get; set; }
    /// <summary>Load the demo data into an empty database on start.</summary>
    public bool SeedDemoData { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}
