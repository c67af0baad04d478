using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>How many rows each table holds; records compare by value.</summary>
public sealed record RowCounts(
    int Customers, int PhoneLines, int Plans, int Consumptions, int DataPlans, int UsageEvents, int Channels, int Users,
    int Invoices, int Payments, int Coupons, int Notifications, int Transactions, int Products, int Inventories, int Purchases)
{
    public static async Task<RowCounts> ReadAsync(TelcoDbContext db) => new(
        await db.Customers.CountAsync(), await db.PhoneLines.CountAsync(), await db.Plans.CountAsync(),
        await db.Consumptions.CountAsync(), await db.DataPlans.CountAsync(), await db.UsageEvents.CountAsync(),
        await db.Channels.CountAsync(), await db.Users.CountAsync(), await db.Invoices.CountAsync(),
        await db.Payments.CountAsync(), await db.Coupons.CountAsync(), await db.Notifications.CountAsync(),
        await db.Transactions.CountAsync(), await db.Products.CountAsync(), await db.Inventories.CountAsync(),
        await db.Purchases.CountAsync());
}
