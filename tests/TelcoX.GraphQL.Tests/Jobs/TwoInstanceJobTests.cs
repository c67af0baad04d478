using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>Two instances over one database (MariaDB when configured, else one SQLite file) and one clock, both running the jobs.</summary>
public sealed class TwoInstanceJobTests
{
    private const int Customers = 5;
    private const string Sentinel = "END";

    [Fact]
    public async Task OnTwoInstancesEachJobRunsOnOneAtATimeAndEachExpiryIsAnnouncedOnce()
    {
        var clock = JobsApiFactory.NewClock();
        await using var a = new JobsApiFactory(clock);
        await a.InitializeAsync();
        await using var b = new JobsApiFactory(clock, a.Database);
        await b.InitializeAsync();
        var customers = new List<BillingRows>();
        for (var i = 0; i < Customers; i++)
        {
            var rows = await BillingRows.ArrangeAsync(a, dueDate: clock.GetUtcNow().UtcDateTime.AddHours(1));
            await rows.AddCouponAsync(a, clock.GetUtcNow().UtcDateTime.AddHours(1));
            customers.Add(rows);
        }
        var seenOnA = new EventRecorder<InvoiceStatusChanged>();
        var seenOnB = new EventRecorder<InvoiceStatusChanged>();
        using var _ = a.Bus.Subscribe<InvoiceStatusChanged>().Subscribe(seenOnA);
        using var __ = b.Bus.Subscribe<InvoiceStatusChanged>().Subscribe(seenOnB);

        clock.Advance(TimeSpan.FromHours(2));
        for (var round = 0; round < 4; round++)
        {
            var runs = await Task.WhenAll(a.Runner.RunDueJobsAsync(CancellationToken.None), b.Runner.RunDueJobsAsync(CancellationToken.None));
            // The lease: each due job ran on exactly one of the two.
            Assert.Equal(["ExpiredCoupons", "OverdueInvoices"], runs.SelectMany(r => r).Select(r => r.Job).Order());
            clock.Advance(TimeSpan.FromSeconds(31));
        }
        // The marker without the lease: both instances' jobs at once, as after a lease that ran out.
        await Task.WhenAll(
            a.Job<OverdueInvoicesJob>().RunAsync(a.Now, CancellationToken.None), b.Job<OverdueInvoicesJob>().RunAsync(b.Now, CancellationToken.None),
            a.Job<ExpiredCouponsJob>().RunAsync(a.Now, CancellationToken.None), b.Job<ExpiredCouponsJob>().RunAsync(b.Now, CancellationToken.None));

        await using var db = a.CreateDbContext();
        foreach (var rows in customers)
        {
            var kinds = await db.Notifications.Where(n => n.UserId == rows.User.Id).Select(n => n.Kind).ToListAsync();
            Assert.Equal([NotificationKind.InvoiceStatus, NotificationKind.CouponStatus], kinds.Order());
            Assert.Equal(1, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id && t.Kind == TransactionKind.CouponExpired));
        }
        // Events keep their order per contract on each instance: once the sentinel arrives, any OVERDUE published before it has too.
        foreach (var rows in customers)
        {
            await a.Bus.PublishAsync(new InvoiceStatusChanged(rows.Customer.ContractNumber, rows.Invoice.Number, Sentinel));
            await b.Bus.PublishAsync(new InvoiceStatusChanged(rows.Customer.ContractNumber, rows.Invoice.Number, Sentinel));
        }
        await EventRecorder<object>.WaitUntilAsync(
            () => seenOnA.Events.Count(e => e.Status == Sentinel) == Customers && seenOnB.Events.Count(e => e.Status == Sentinel) == Customers,
            "the sentinels on both instances");
        var overdue = seenOnA.Events.Concat(seenOnB.Events).Where(e => e.Status == "OVERDUE").Select(e => e.InvoiceNumber).Order();
        Assert.Equal(customers.Select(r => r.Invoice.Number).Order(), overdue);
    }
}
