using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// The lock in the database: one conditional UPDATE takes a free lease, so of instances ticking at
/// the same moment exactly one matches the row. Plain SQL on both providers (MariaDB's GET_LOCK
/// would tie the lock to one pooled connection, which TelcoX never keeps for a session).
/// </summary>
internal static class JobLeases
{
    public static async Task<bool> TryAcquireAsync(this TelcoDbContext db, string job, string holder, DateTime now,
        TimeSpan duration, CancellationToken ct)
    {
        if (await ClaimAsync(db, job, holder, now, duration, ct))
            return true;
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == job, ct))
            return false;

        // The job's first run on this database: its row starts out due. Two instances may both
        // insert; the key lets one win, and the claim below decides who runs, as on every tick.
        try
        {
            db.Set<JobLease>().Add(new JobLease { Name = job, LeasedUntil = now });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
        }
        db.ChangeTracker.Clear();
        return await ClaimAsync(db, job, holder, now, duration, ct);
    }

    private static async Task<bool> ClaimAsync(TelcoDbContext db, string job, string holder, DateTime now, TimeSpan duration,
        CancellationToken ct)
    {
        var until = now + duration;
        var claimed = await db.Set<JobLease>().Where(l => l.Name == job && l.LeasedUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until)
                .SetProperty(l => l.LastStartedAt, now).SetProperty(l => l.LastRunBy, holder), ct);
        return claimed == 1;
    }

    /// <summary>
    /// Frees the lease until <paramref name="nextRun"/> and records the run. Only while still the
    /// holder: a run that outlived its lease must not overwrite the run that took it over.
    /// </summary>
    public static Task<int> ReleaseAsync(this TelcoDbContext db, string job, string holder, DateTime nextRun, DateTime finished,
        JobOutcome outcome, JobResult result, CancellationToken ct)
    {
        var summary = result.Summary.Length <= JobLeaseConfiguration.SummaryLength
            ? result.Summary
            : result.Summary[..JobLeaseConfiguration.SummaryLength];
        return db.Set<JobLease>().Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LeasedUntil, nextRun)
                .SetProperty(l => l.LastFinishedAt, finished).SetProperty(l => l.LastOutcome, outcome)
                .SetProperty(l => l.LastItems, result.Items).SetProperty(l => l.LastSummary, summary), ct);
    }
}
