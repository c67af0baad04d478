namespace TelcoX.GraphQL.Jobs;

/// <summary>"Jobs:{Name}": switches one job off, or changes how often it runs.</summary>
public sealed class JobSettings
{
    public bool Enabled { get; set; } = true;
    public TimeSpan? Interval { get; set; }
}
