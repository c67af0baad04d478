using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class ActiveDataPlan
{
    /// <summary>The line's active data plan; should two be flagged active, the latest started wins.</summary>
    public static Task<DataPlan?> ActiveDataPlanAsync(this TelcoDbContext db, int phoneLineId, CancellationToken cancellationToken) =>
        db.DataPlans.AsNoTracking()
            .Where(p => p.PhoneLineId == phoneLineId && p.IsActive)
            .OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
