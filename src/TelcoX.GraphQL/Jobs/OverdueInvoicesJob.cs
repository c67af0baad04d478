using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// Tells each customer once that an invoice passed its due date unpaid (it reads OVERDUE from then
/// on), and pushes the invoice's OVERDUE status to live pages.
/// </summary>
public sealed class OverdueInvoicesJob(IDbContextFactory<TelcoDbContext> factory, EventBus events, IOptionsMonitor<JobsOptions> options)
    : ScheduledJob
{
    public override string Name => "OverdueInvoices";
    public override TimeSpan DefaultInterval => TimeSpan.FromSeconds(30);

    public override async Task<JobResult> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var size = options.CurrentValue.BatchSize;
        var (invoices, notifications) = await Sweeps.RunAsync(factory, events, (db, afterId, ct) => NextBatchAsync(db, now, afterId, size, ct), cancellationToken);
        return new JobResult(invoices, $"Invoices now overdue: {invoices}; notifications sent: {notifications}.");
    }

    private static async Task<SweepBatch> NextBatchAsync(TelcoDbContext db, DateTime now, int afterId, int size, CancellationToken ct)
    {
        var due = await Unannounced(db, now).Where(i => i.Id > afterId).OrderBy(i => i.Id).Take(size)
            .Select(i => new { i.Id, i.Number, i.Period, i.Total, i.DueDate, i.CustomerId, i.Customer.ContractNumber })
            .ToListAsync(ct);
        if (due.Count == 0)
            return SweepBatch.Empty;

        var ids = due.Select(i => i.Id).ToList();
        var claimed = await Unannounced(db, now).Where(i => ids.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.OverdueNotifiedAt, now), ct);
        if (claimed != ids.Count)
            return SweepBatch.Contested;

        var notifications = await db.NotifyCustomersAsync(
            [.. due.Select(i => (i.CustomerId, InvoiceMessages.Overdue(i.Number, i.Period, i.Total, i.DueDate)))], NotificationKind.InvoiceStatus, now, ct);
        await db.SaveChangesAsync(ct);
        IEnumerable<IDomainEvent> changed = due.Select(i => new InvoiceStatusChanged(i.ContractNumber, i.Number, "OVERDUE"));
        return new SweepBatch(ids[^1], due.Count, notifications.Count, [.. changed, .. notifications.Raised()]);
    }

    // Invoice.Status's OVERDUE, not announced yet.
    private static IQueryable<Invoice> Unannounced(TelcoDbContext db, DateTime now) =>
        db.Invoices.Where(i => i.OverdueNotifiedAt == null).Where(DerivedStatus.Is(Invoice.Status, InvoiceStatus.Overdue, now));
}
