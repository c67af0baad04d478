using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class ActiveDataPlan
{
    /// <summary>The line's active data plan; should two be flagged active, the latest started wins.</summary>
    public static Task<DataPlan?> ActiveDataPlanAsync(this TelcoDbContext db, int phoneLineId, CancellationToken cancellationToken) =>
        db.DataPlans.AsNoTracking()
            .Where(p => p.PhoneLineId == phoneLineId && p.IsActive)
            .LatestStartedFirst()
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The order that picks a line's active plan: should two be flagged active, the first of these wins.</summary>
    public static IOrderedQueryable<DataPlan> LatestStartedFirst(this IQueryable<DataPlan> plans) =>
        plans.OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id);

    /// <inheritdoc cref="LatestStartedFirst(IQueryable{DataPlan})"/>
    public static IOrderedEnumerable<DataPlan> LatestStartedFirst(this IEnumerable<DataPlan> plans) =>
        plans.OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id);
}
