namespace TelcoX.GraphQL.Jobs;

/// <summary>The "Jobs" section; each job also reads "Jobs:{Name}" (<see cref="JobSettings"/>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>False: this instance runs no job (others sharing the database still do).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the runner looks for a due job; a job starts at most this late.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a run may hold its job before another instance may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows a sweep handles in one transaction.</summary>
    public int BatchSize { get; set; } = 500;
}
