using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

/// <summary>
/// The billing cycle's set-based statements, which EF Core cannot express (INSERT … SELECT, a number
/// built from the row id). Only concatenation and locking differ between the providers.
/// </summary>
internal abstract class BillingCycleSql
{
    public static BillingCycleSql For(TelcoDbContext db) => db.Database.IsSqlite() ? new Sqlite() : new MySql();

    /// <summary>Holds the batch's lines until commit, so that two runs of one period bill each line once.</summary>
    public abstract Task LockLinesAsync(TelcoDbContext db, BillingBatch batch, CancellationToken ct);

    /// <summary>One invoice per line of the plan not billed for the period yet, numbered with the batch's token.</summary>
    public abstract Task<int> InsertInvoicesAsync(TelcoDbContext db, BillingBatch batch, int planId, PlanCharge charge, string token, CancellationToken ct);

    /// <summary>FAC-YYYY-MM-00042 from each row's id: the same as <see cref="InvoiceMessages.Number"/>.</summary>
    public abstract Task NumberInvoicesAsync(TelcoDbContext db, string token, CancellationToken ct);

    private sealed class MySql : BillingCycleSql
    {
        public override Task LockLinesAsync(TelcoDbContext db, BillingBatch batch, CancellationToken ct) =>
            db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT COUNT(*) FROM (SELECT Id FROM PhoneLines WHERE Id > {batch.After} AND Id <= {batch.UpTo} FOR UPDATE) AS locked", ct);

        public override Task<int> InsertInvoicesAsync(TelcoDbContext db, BillingBatch batch, int planId, PlanCharge charge, string token, CancellationToken ct) =>
            db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO Invoices (Number, CustomerId, PhoneLineId, Period, Subtotal, Tax, Discount, Total, DueDate, Status, IssuedAt)
                SELECT CONCAT({token}, l.Id), l.CustomerId, l.Id, {batch.Period.Name}, {charge.Subtotal}, {charge.Tax}, 0, {charge.Total},
                       {batch.DueDate}, 'Unpaid', {batch.Now}
                FROM PhoneLines l
                WHERE l.Id > {batch.After} AND l.Id <= {batch.UpTo} AND l.PlanId = {planId} AND l.CreatedAt < {batch.Period.End}
                  AND NOT EXISTS (SELECT 1 FROM Invoices i WHERE i.PhoneLineId = l.Id AND i.Period = {batch.Period.Name})
                """, ct);

        public override Task NumberInvoicesAsync(TelcoDbContext db, string token, CancellationToken ct) =>
            db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE Invoices SET Number = CONCAT('FAC-', Period, '-', IF(Id < 100000, LPAD(Id, 5, '0'), Id))
                WHERE Number LIKE CONCAT({token}, '%')
                """, ct);
    }

    private sealed class Sqlite : BillingCycleSql
    {
        // EF Core stores SQLite decimals as text in this shape; the same text keeps comparisons and sorting right.
        private static string Text(decimal amount) => amount.ToString("0.0###########################", CultureInfo.InvariantCulture);

        // SQLite writes one transaction at a time; BillingCycle queues its own runs.
        public override Task LockLinesAsync(TelcoDbContext db, BillingBatch batch, CancellationToken ct) => Task.CompletedTask;

        public override Task<int> InsertInvoicesAsync(TelcoDbContext db, BillingBatch batch, int planId, PlanCharge charge, string token, CancellationToken ct) =>
            db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO Invoices (Number, CustomerId, PhoneLineId, Period, Subtotal, Tax, Discount, Total, DueDate, Status, IssuedAt)
                SELECT {token} || l.Id, l.CustomerId, l.Id, {batch.Period.Name}, {Text(charge.Subtotal)}, {Text(charge.Tax)}, {Text(0m)}, {Text(charge.Total)},
                       {batch.DueDate}, 'Unpaid', {batch.Now}
                FROM PhoneLines l
                WHERE l.Id > {batch.After} AND l.Id <= {batch.UpTo} AND l.PlanId = {planId} AND l.CreatedAt < {batch.Period.End}
                  AND NOT EXISTS (SELECT 1 FROM Invoices i WHERE i.PhoneLineId = l.Id AND i.Period = {batch.Period.Name})
                """, ct);

        public override Task NumberInvoicesAsync(TelcoDbContext db, string token, CancellationToken ct) =>
            db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE Invoices SET Number = 'FAC-' || Period || '-' || CASE WHEN Id < 100000 THEN substr('0000' || Id, -5) ELSE Id END
                WHERE Number LIKE {token} || '%'
                """, ct);
    }
}
