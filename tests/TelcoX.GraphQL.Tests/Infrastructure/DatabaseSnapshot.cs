using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Data;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// Every table's row count and the content of every row a mutation can touch, compared by value to prove a refusal
/// wrote nothing.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<List<string>> ReadAsync(TelcoApiFactory api)
    {
        await using var db = api.CreateDbContext();
        var rows = new List<string> { (await RowCounts.ReadAsync(db)).ToString() };
        rows.AddRange(await DemoFingerprint.ReadAsync(db));
        rows.AddRange(await db.Customers.OrderBy(c => c.Id).Select(c => $"Customer:{c.Id}|{c.ContractNumber}").ToListAsync());
        rows.AddRange((await db.Products.OrderBy(p => p.Id).ToListAsync()).Select(p => $"Product:{p.Id}|{p.Description}|{p.UpdatedAt:O}"));
        rows.AddRange((await db.Inventories.OrderBy(i => i.ProductId).ToListAsync()).Select(i => $"Stock:{i.ProductId}|{i.UpdatedAt:O}"));
        rows.AddRange((await db.Users.OrderBy(u => u.Id).ToListAsync()).Select(u => $"User:{u.Email}|{u.Role}|{u.CustomerId}|{u.PasswordHash}"));
        rows.AddRange((await db.Invoices.OrderBy(i => i.Id).ToListAsync()).Select(i => $"Invoice:{i.Id}|{i.PaidAt:O}"));
        rows.AddRange((await db.Coupons.OrderBy(c => c.Id).ToListAsync()).Select(c => $"Coupon:{c.Id}|{c.UsedAt:O}"));
        rows.AddRange((await db.Notifications.OrderBy(n => n.Id).ToListAsync()).Select(n => $"Notification:{n.Id}|{n.IsRead}|{n.ReadAt:O}"));
        return rows;
    }
}
