using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// Every <see cref="JobsOptions.Tick"/> of the app's clock, runs each enabled job whose lease is due
/// and free. Ticks come from the one <see cref="TimeProvider"/>, so a test's fake clock drives them;
/// tests may also call <see cref="RunDueJobsAsync"/> directly.
/// </summary>
public sealed partial class JobRunner(IEnumerable<ScheduledJob> jobs, IDbContextFactory<TelcoDbContext> factory, TimeProvider time,
    IOptionsMonitor<JobsOptions> options, IConfiguration configuration, JobMetrics metrics, ILogger<JobRunner> logger) : BackgroundService
{
    private PeriodicTimer? timer;

    /// <summary>Who holds a lease: the instance's name and this process's runner, unique even for two hosts in one process.</summary>
    public string Holder { get; } = HolderName(configuration["Hosting:InstanceName"] ?? Environment.MachineName);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made before the host finishes starting, so a test that moves the clock right after start moves this timer.
        if (options.CurrentValue.Enabled)
            timer = new PeriodicTimer(options.CurrentValue.Tick, time);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null)
        {
            LogSwitchedOff(logger);
            return;
        }
        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                    await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>Runs, one after another, every enabled job whose lease this instance can take now.</summary>
    public async Task<IReadOnlyList<JobRun>> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var runs = new List<JobRun>();
        if (!options.CurrentValue.Enabled)
            return runs;
        foreach (var job in jobs)
        {
            var settings = configuration.GetSection($"{JobsOptions.SectionName}:{job.Name}").Get<JobSettings>() ?? new JobSettings();
            if (!settings.Enabled)
                continue;
            try
            {
                if (await TryRunAsync(job, settings.Interval ?? job.DefaultInterval, cancellationToken) is { } run)
                    runs.Add(run);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The database is away, say: the next tick tries again, and the host keeps serving.
                LogLeaseFailed(logger, exception, job.Name);
            }
        }
        return runs;
    }

    private async Task<JobRun?> TryRunAsync(ScheduledJob job, TimeSpan interval, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = factory.CreateDbContext();
        if (!await db.TryAcquireAsync(job.Name, Holder, now, options.CurrentValue.LeaseDuration, ct))
            return null;

        LogStarted(logger, job.Name, Holder);
        var started = Stopwatch.GetTimestamp();
        JobRun run;
        try
        {
            run = new JobRun(job.Name, JobOutcome.Succeeded, await job.RunAsync(now, ct));
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            LogFailed(logger, exception, job.Name);
            run = new JobRun(job.Name, JobOutcome.Failed, new JobResult(0, $"Failed; the log of {Holder} says why."));
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var finished = time.GetUtcNow().UtcDateTime;
        await db.ReleaseAsync(job.Name, Holder, now + interval, finished, run.Outcome, run.Result, ct);
        metrics.Record(run, finished, elapsed);
        LogFinished(logger, job.Name, run.Outcome, run.Result.Items, elapsed.TotalMilliseconds, run.Result.Summary);
        return run;
    }

    private static string HolderName(string instance) =>
        $"{(instance.Length > 100 ? instance[..100] : instance)}/{Guid.NewGuid().ToString("N")[..8]}";

    [LoggerMessage(LogLevel.Information, "Scheduled jobs are switched off on this instance (Jobs:Enabled is false).")]
    private static partial void LogSwitchedOff(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Job {Job} started on {Holder}.")]
    private static partial void LogStarted(ILogger logger, string job, string holder);

    [LoggerMessage(LogLevel.Information, "Job {Job} finished: {Outcome}, {Items} items in {ElapsedMs:F0} ms. {Summary}")]
    private static partial void LogFinished(ILogger logger, string job, JobOutcome outcome, int items, double elapsedMs, string summary);

    [LoggerMessage(LogLevel.Error, "Job {Job} failed; it runs again at its next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(LogLevel.Warning, "Job {Job} could not take or release its lease; the next tick tries again.")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception, string job);
}
