using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <returns>The rows saved, or null when the database already held customers.</returns>
    private static async Task<DemoRows?> LoadIntoEmptyDatabaseAsync(IDbContextFactory<TelcoDbContext> factory, bool withUsers,
        DateTime now, CancellationToken cancellationToken)
    {
        // A fresh context per attempt: the execution strategy may retry after a transient failure.
        await using var db = factory.CreateDbContext();
        // On SQLite this is BEGIN IMMEDIATE, so a second instance waits here and then finds customers.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Customers.AnyAsync(cancellationToken))
            return null;

        var rows = Build(new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc), withUsers);
        db.AddRange(rows.Plans);
        db.AddRange(rows.Customers);
        db.AddRange(rows.Coupons);
        db.AddRange(rows.Products);
        db.AddRange(rows.Inventories);
        db.AddRange(rows.Purchases);
        db.AddRange(rows.Users);
        db.AddRange(rows.Notifications);
        await db.SaveChangesAsync(cancellationToken);

        // Usage events name their data plan by id only, so they follow once the plans have ids.
        foreach (var (plan, usage) in rows.UsageEvents)
        {
            usage.PhoneLineId = plan.PhoneLineId;
            usage.DataPlanId = plan.Id;
        }
        db.AddRange(rows.UsageEvents.Select(e => e.Event));
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
