using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Jobs;

/// <summary>
/// Bills each month once it has closed: the billing cycle for the last closed month. A month billed
/// already issues nothing, so the job only checks, cheaply, whether any line still waits for it.
/// </summary>
public sealed class MonthlyBillingJob(BillingCycle cycle, IDbContextFactory<TelcoDbContext> factory) : ScheduledJob
{
    public override string Name => "MonthlyBilling";
    public override TimeSpan DefaultInterval => TimeSpan.FromMinutes(15);

    public override async Task<JobResult> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.LastClosed(now);
        if (!await AnyLineWaitsAsync(period, cancellationToken))
            return new JobResult(0, $"Period {period.Name}: nothing left to bill.");
        var result = await cycle.RunAsync(period, now, cancellationToken);
        return new JobResult(result.Issued, $"Period {period.Name}: {result.Issued} invoices issued for {Money.Format(result.TotalBilled)}, " +
            $"{result.AlreadyIssued} already issued, {result.Skipped.Sum(s => s.Lines)} lines skipped.");
    }

    /// <summary>A line with a paid plan, there during the month, without its invoice: one anti-join that stops at the first.</summary>
    private async Task<bool> AnyLineWaitsAsync(BillingPeriod period, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var (name, end) = (period.Name, period.End);
        return await db.PhoneLines.AnyAsync(l => l.CreatedAt < end && l.Plan != null && l.Plan.MonthlyFee > 0
            && !db.Invoices.Any(i => i.PhoneLineId == l.Id && i.Period == name), ct);
    }
}
