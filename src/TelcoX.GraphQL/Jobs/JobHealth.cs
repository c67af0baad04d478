using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Jobs;

/// <summary>Each job's last run, whichever instance made it, as /health reports it.</summary>
public static class JobHealth
{
    public static async Task<Dictionary<string, object>> LastRunsAsync(TelcoDbContext db, CancellationToken cancellationToken)
    {
        var leases = await db.Set<JobLease>().AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return leases.ToDictionary(l => l.Name, object (l) => new
        {
            lastStartedAt = l.LastStartedAt,
            lastFinishedAt = l.LastFinishedAt,
            outcome = l.LastOutcome?.ToString(),
            items = l.LastItems,
            summary = l.LastSummary,
            ranOn = l.LastRunBy,
            runningOn = l.Holder,
            nextRunAfter = l.Holder is null ? l.LeasedUntil : (DateTime?)null,
        });
    }
}
