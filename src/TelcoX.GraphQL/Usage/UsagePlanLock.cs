using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

public static class UsagePlanLock
{
    /// <summary>
    /// The transaction's first statement: a no-op UPDATE that takes the line's active plan row lock
    /// (see <see cref="ConsumptionLocks"/> for why it comes before any read). The plan read after it,
    /// with its line in the same statement, is the latest committed one. Without the row scope: the
    /// mutation is staff-only and unscoped, and the scope's join made MariaDB lock far more than the plan.
    /// </summary>
    public static async Task<DataPlan> LockActivePlanAsync(TelcoDbContext db, string msisdn, CancellationToken ct)
    {
        var locked = await db.DataPlans.IgnoreQueryFilters().Where(p => p.IsActive && p.PhoneLine.Msisdn == msisdn)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedBytes, p => p.UsedBytes), ct);
        if (locked == 0)
            throw new DomainException(new NotFoundError(
                await db.PhoneLines.AnyAsync(l => l.Msisdn == msisdn, ct) ? UsageErrors.ActiveDataPlanNotFound : CustomerErrors.MsisdnNotFound));
        return await db.DataPlans.IgnoreQueryFilters().AsNoTracking().Include(p => p.PhoneLine)
            .Where(p => p.IsActive && p.PhoneLine.Msisdn == msisdn)
            .LatestStartedFirst()
            .FirstAsync(ct);
    }
}
