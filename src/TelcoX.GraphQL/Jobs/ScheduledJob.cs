namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// One piece of scheduled work. The runner holds its lease while it runs, so across all instances
/// it runs once at a time; a run must still be safe to repeat, since a lease can expire mid-run.
/// Register a new job with <see cref="JobsRegistration.AddScheduledJob{TJob}"/>.
/// </summary>
public abstract class ScheduledJob
{
    /// <summary>Its lease row's key and its settings section, "Jobs:{Name}".</summary>
    public abstract string Name { get; }

    /// <summary>Time between the starts of two runs, unless "Jobs:{Name}:Interval" says otherwise.</summary>
    public abstract TimeSpan DefaultInterval { get; }

    /// <param name="now">The app clock's time when the lease was taken; the run's "now" throughout.</param>
    public abstract Task<JobResult> RunAsync(DateTime now, CancellationToken cancellationToken);
}
