using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Billing;

/// <summary>
/// Bills one period: an invoice per line with a paid plan, in batches of lines, each batch one
/// transaction of a handful of set-based statements. A line billed already is skipped, so a second run
/// issues nothing and a run stopped halfway is completed by the next; whole batches only ever commit.
/// </summary>
public sealed class BillingCycle(IDbContextFactory<TelcoDbContext> contexts, IOptions<BillingOptions> options, EventBus bus,
    ILogger<BillingCycle> log)
{
    // SQLite runs in one process: runs queue here. On MySQL the batch's line lock (see BillingCycleSql) does it across instances.
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public async Task<BillingCycleResult> RunAsync(BillingPeriod period, DateTime now, CancellationToken ct)
    {
        await oneRun.WaitAsync(ct);
        try
        {
            return await BillAsync(period, now, ct);
        }
        finally
        {
            oneRun.Release();
        }
    }

    private async Task<BillingCycleResult> BillAsync(BillingPeriod period, DateTime now, CancellationToken ct)
    {
        var settings = options.Value;
        var charges = await PlanChargesAsync(settings.TaxRate, ct);
        var tally = new BillingCycleTally(period.Name);
        var after = 0;
        while (true)
        {
            await using var db = contexts.CreateDbContext();
            var upTo = await db.PhoneLines.Where(l => l.Id > after).OrderBy(l => l.Id).Skip(settings.BatchSize - 1)
                .Select(l => (int?)l.Id).FirstOrDefaultAsync(ct) ?? int.MaxValue;
            var batch = new BillingBatch(period, after, upTo, period.End.AddDays(settings.DueDays), now, charges);
            var events = await db.Database.CreateExecutionStrategy().ExecuteAsync(
                cancellation => BillBatchAsync(db, batch, tally, cancellation), ct);
            foreach (var domainEvent in events)
                await bus.PublishAsync(domainEvent, ct);
            if (upTo == int.MaxValue)
                break;
            after = upTo;
        }
        var result = tally.Result();
        log.LogInformation("Billing cycle {Period}: {Issued} issued ({Total}), {Already} already issued, {Skipped} skipped",
            period.Name, result.Issued, Money.Format(result.TotalBilled), result.AlreadyIssued, result.Skipped.Sum(s => s.Lines));
        return result;
    }

    private async Task<IReadOnlyList<IDomainEvent>> BillBatchAsync(TelcoDbContext db, BillingBatch batch, BillingCycleTally tally, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sql = BillingCycleSql.For(db);
        await sql.LockLinesAsync(db, batch, ct);
        var counts = await CountLinesAsync(db, batch, ct);

        // A number of this batch's own until the row ids are known; invoice numbers come from ids.
        var token = "B" + Guid.NewGuid().ToString("N")[..12] + "-";
        foreach (var (planId, charge) in batch.Charges)
            await sql.InsertInvoicesAsync(db, batch, planId, charge, token, ct);
        var issued = await db.Invoices.Where(i => i.Number.StartsWith(token))
            .Select(i => new { i.Id, i.CustomerId, i.Customer.ContractNumber, i.Total }).ToListAsync(ct);
        var readers = await db.Invoices.Where(i => i.Number.StartsWith(token))
            .Join(db.Users.Where(u => u.Role == UserRole.Customer), i => (int?)i.CustomerId, u => u.CustomerId, (i, u) => new { InvoiceId = i.Id, UserId = u.Id })
            .OrderBy(r => r.InvoiceId).ThenBy(r => r.UserId).ToListAsync(ct);
        await sql.NumberInvoicesAsync(db, token, ct);

        var byId = issued.ToDictionary(i => i.Id);
        var notifications = readers.Select(r => new Notification
        {
            UserId = r.UserId, Kind = NotificationKind.InvoiceStatus, CreatedAt = batch.Now,
            Message = InvoiceMessages.Issued(InvoiceMessages.Number(batch.Period.Name, r.InvoiceId), batch.Period.Name, byId[r.InvoiceId].Total, batch.DueDate),
        }).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        tally.Add(counts, issued.Count, issued.Sum(i => i.Total));
        return
        [
            .. issued.Select(i => new InvoiceStatusChanged(i.ContractNumber, InvoiceMessages.Number(batch.Period.Name, i.Id), "UNPAID")),
            .. notifications.Raised(),
        ];
    }

    /// <summary>Why each line of the batch is or is not billed, counted in SQL.</summary>
    private static async Task<Dictionary<BillingLineState, int>> CountLinesAsync(TelcoDbContext db, BillingBatch batch, CancellationToken ct)
    {
        var charged = batch.Charges.Keys.ToList();
        var (period, end) = (batch.Period.Name, batch.Period.End);
        var counts = await db.PhoneLines.Where(l => l.Id > batch.After && l.Id <= batch.UpTo)
            .Select(l => l.CreatedAt >= end ? BillingLineState.NotYetActive
                : l.PlanId == null ? BillingLineState.NoPlan
                : !charged.Contains(l.PlanId.Value) ? BillingLineState.NoMonthlyFee
                : db.Invoices.Any(i => i.PhoneLineId == l.Id && i.Period == period) ? BillingLineState.AlreadyIssued
                : BillingLineState.Billable)
            .GroupBy(state => state).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    /// <summary>Each plan with a fee: its subtotal, tax (rounded to the cent, half away from zero) and total.</summary>
    private async Task<IReadOnlyDictionary<int, PlanCharge>> PlanChargesAsync(decimal taxRate, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var fees = await db.Plans.Select(p => new { p.Id, p.MonthlyFee }).ToListAsync(ct);
        return fees.Where(p => p.MonthlyFee > 0).ToDictionary(p => p.Id, p => PlanCharge.Of(p.MonthlyFee, taxRate));
    }
}

public sealed record PlanCharge(decimal Subtotal, decimal Tax, decimal Total)
{
    public static PlanCharge Of(decimal fee, decimal taxRate)
    {
        var tax = decimal.Round(fee * taxRate, 2, MidpointRounding.AwayFromZero);
        return new PlanCharge(fee, tax, Invoice.TotalOf(fee, tax, 0m));
    }
}

/// <summary>The lines <c>(After, UpTo]</c> of one transaction.</summary>
public sealed record BillingBatch(BillingPeriod Period, int After, int UpTo, DateTime DueDate, DateTime Now,
    IReadOnlyDictionary<int, PlanCharge> Charges);
