using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// Pessimistic locking for consumption changes. Each lock is the transaction's FIRST statement: a
/// no-op UPDATE that takes the row locks (InnoDB row locks; on SQLite the transaction already holds
/// the write lock). Only then are the rows read, so InnoDB builds its read view after every earlier
/// writer of those rows has committed: the values read are current, and the C# decimal arithmetic
/// that follows cannot lose an update. (EF Core's SQLite provider keeps decimals as TEXT, so the
/// arithmetic is done here rather than in SQL.)
/// </summary>
public static class ConsumptionLocks
{
    public static async Task<Consumption> LockAsync(TelcoDbContext db, string msisdn, CancellationToken ct)
    {
        var locked = await db.Consumptions.Where(c => c.PhoneLine.Msisdn == msisdn)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Minutes, c => c.Minutes), ct);
        if (locked == 0)
            throw new DomainException(new NotFoundError(
                await db.PhoneLines.AnyAsync(l => l.Msisdn == msisdn, ct) ? UsageErrors.ConsumptionNotFound : CustomerErrors.MsisdnNotFound));
        return await WithLine(db).SingleAsync(c => c.PhoneLine.Msisdn == msisdn, ct);
    }

    /// <summary>Locks every consumption, in primary key order like any other full scan, so two of these never deadlock.</summary>
    public static async Task<List<Consumption>> LockAllAsync(TelcoDbContext db, CancellationToken ct)
    {
        await db.Consumptions.ExecuteUpdateAsync(s => s.SetProperty(c => c.Minutes, c => c.Minutes), ct);
        return await WithLine(db).OrderBy(c => c.Id).ToListAsync(ct);
    }

    private static IQueryable<Consumption> WithLine(TelcoDbContext db) =>
        db.Consumptions.Include(c => c.PhoneLine).ThenInclude(l => l.Plan).Include(c => c.PhoneLine.Customer);
}
