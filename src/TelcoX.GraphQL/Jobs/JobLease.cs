namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// One row per job: the lock that lets one instance at a time run it, its schedule and its last run.
/// Free when <see cref="LeasedUntil"/> has passed; after a run it holds the next start time.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    /// <summary>The runner holding it now; null between runs.</summary>
    public string? Holder { get; set; }
    public DateTime LeasedUntil { get; set; }
    public string? LastRunBy { get; set; }
    public DateTime? LastStartedAt { get; set; }
    public DateTime? LastFinishedAt { get; set; }
    public JobOutcome? LastOutcome { get; set; }
    public int LastItems { get; set; }
    public string? LastSummary { get; set; }
}
