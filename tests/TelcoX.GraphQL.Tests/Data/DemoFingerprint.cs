using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Data;

/// <summary>
/// Every demo row as text, leaving out what moves with the seeding time: timestamps, and invoice
/// numbers and payment descriptions, which carry the period.
/// </summary>
public static class DemoFingerprint
{
    public static async Task<List<string>> ReadAsync(TelcoDbContext db)
    {
        var rows = new List<string>();
        rows.AddRange(Format(await db.Customers.OrderBy(c => c.Id).ToListAsync(), c => $"{c.ContractNumber}|{c.Name}|{c.Dni}|{c.Email}|{c.ServiceType}"));
        rows.AddRange(Format(await db.PhoneLines.OrderBy(l => l.Id).ToListAsync(), l => $"{l.Msisdn}|{l.ProductType}|{l.PlanId}|{l.CustomerId}"));
        rows.AddRange(Format(await db.Consumptions.OrderBy(c => c.Id).ToListAsync(), c => $"{c.PhoneLineId}|{c.Balance:F2}|{c.DataMb:F2}|{c.Minutes}"));
        rows.AddRange(Format(await db.DataPlans.OrderBy(p => p.Id).ToListAsync(),
            p => $"{p.PhoneLineId}|{p.LimitBytes}|{p.UsedBytes}|{p.SocialBytes}|{p.EntertainmentBytes}|{p.IsActive}"));
        rows.AddRange(Format(await db.UsageEvents.OrderBy(e => e.Id).ToListAsync(), e => $"{e.DataPlanId}|{e.Category}|{e.Bytes}"));
        rows.AddRange(Format(await db.Channels.OrderBy(c => c.Id).ToListAsync(), c => $"{c.CustomerId}|{c.Kind}|{c.Content}"));
        rows.AddRange(Format(await db.Invoices.OrderBy(i => i.Id).ToListAsync(), i => $"{i.CustomerId}|{i.PhoneLineId}|{i.Total:F2}|{i.StoredStatus}|{i.PaymentMethod}"));
        rows.AddRange(Format(await db.Coupons.OrderBy(c => c.Id).ToListAsync(), c => $"{c.Code}|{c.InvoiceId}|{c.Amount:F2}|{c.StoredStatus}"));
        rows.AddRange(Format(await db.Products.OrderBy(p => p.Id).ToListAsync(), p => $"{p.Name}|{p.Price:F2}|{p.IsActive}"));
        rows.AddRange(Format(await db.Inventories.OrderBy(i => i.ProductId).ToListAsync(), i => $"{i.ProductId}|{i.Quantity}"));
        rows.AddRange(Format(await db.Purchases.OrderBy(p => p.Id).ToListAsync(), p => $"{p.ProductId}|{p.CustomerId}|{p.Quantity}|{p.Total:F2}"));
        rows.AddRange(Format(await db.Transactions.OrderBy(t => t.Id).ToListAsync(), t => $"{t.CustomerId}|{t.Kind}|{t.Amount:F2}"));
        return rows;
    }

    private static IEnumerable<string> Format<T>(List<T> rows, Func<T, string> format) =>
        rows.Select(row => typeof(T).Name + ":" + format(row));
}
