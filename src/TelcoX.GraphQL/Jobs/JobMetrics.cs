using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TelcoX.GraphQL.Jobs;

/// <summary>Runs and items per job and outcome, and when each job last finished on this instance.</summary>
public sealed class JobMetrics
{
    public const string MeterName = "TelcoX.Jobs";
    public const string RunsName = "telcox.jobs.runs";
    public const string ItemsName = "telcox.jobs.items";
    public const string DurationName = "telcox.jobs.duration";
    public const string LastRunName = "telcox.jobs.last_run";

    private readonly Counter<long> runs;
    private readonly Counter<long> items;
    private readonly Histogram<double> duration;
    private readonly ConcurrentDictionary<string, (DateTime Finished, JobOutcome Outcome)> lastRuns = new();

    public JobMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        runs = meter.CreateCounter<long>(RunsName, "{run}", "Scheduled job runs, by job and outcome");
        items = meter.CreateCounter<long>(ItemsName, "{item}", "Rows scheduled jobs handled, by job");
        duration = meter.CreateHistogram<double>(DurationName, "s", "Duration of scheduled job runs");
        meter.CreateObservableGauge(LastRunName, ObserveLastRuns, "s",
            "When each job last finished on this instance, in seconds since the Unix epoch");
    }

    public void Record(JobRun run, DateTime finished, TimeSpan elapsed)
    {
        var tags = new TagList { { "job", run.Job }, { "outcome", Outcome(run.Outcome) } };
        runs.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
        items.Add(run.Result.Items, new KeyValuePair<string, object?>("job", run.Job));
        lastRuns[run.Job] = (finished, run.Outcome);
    }

    private IEnumerable<Measurement<double>> ObserveLastRuns() =>
        lastRuns.Select(last => new Measurement<double>(
            (last.Value.Finished - DateTime.UnixEpoch).TotalSeconds,
            new KeyValuePair<string, object?>("job", last.Key), new KeyValuePair<string, object?>("outcome", Outcome(last.Value.Outcome))));

    private static string Outcome(JobOutcome outcome) => outcome == JobOutcome.Succeeded ? "success" : "failure";
}
