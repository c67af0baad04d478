using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>The overdue and expiry sweeps, on whichever database the suite runs on.</summary>
public sealed class SweepTests : IAsyncLifetime
{
    private readonly JobsApiFactory api = new(JobsApiFactory.NewClock());

    public Task InitializeAsync() => api.InitializeAsync();
    public Task DisposeAsync() => api.DisposeAsync().AsTask();

    [Fact]
    public async Task AnInvoicePastItsDueDateIsAnnouncedOnceWithOneOverdueEventAndItsMarkerSet()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        var changes = new EventRecorder<InvoiceStatusChanged>();
        var raised = new EventRecorder<NotificationRaised>();
        using var _ = api.Bus.Subscribe<InvoiceStatusChanged>(rows.Customer.ContractNumber).Subscribe(changes);
        using var __ = api.Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(rows.User.Id)).Subscribe(raised);

        api.Clock.Advance(TimeSpan.FromHours(2));
        var runs = await api.Runner.RunDueJobsAsync(CancellationToken.None);

        var run = Assert.Single(runs, r => r.Job == "OverdueInvoices");
        Assert.Equal((JobOutcome.Succeeded, 1), (run.Outcome, run.Result.Items));
        var data = await api.ClientFor(rows.User).QueryDataAsync(
            "query($n: String!) { invoice(number: $n) { status } notifications(first: 10) { nodes { id kind message } } }",
            new { n = rows.Invoice.Number });
        Assert.Equal("OVERDUE", data.GetProperty("invoice").GetProperty("status").GetString());
        var note = Assert.Single(data.GetProperty("notifications").GetProperty("nodes").EnumerateArray());
        Assert.Equal("INVOICE_STATUS", note.GetProperty("kind").GetString());
        var due = rows.Invoice.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"Tu factura {rows.Invoice.Number} del periodo 2025-07 por 28.00 venció el {due} y sigue pendiente de pago.",
            note.GetProperty("message").GetString());
        await using (var db = api.CreateDbContext())
            Assert.Equal(api.Now, (await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id)).OverdueNotifiedAt);
        await changes.WaitForCountAsync(1);
        Assert.Equal(new InvoiceStatusChanged(rows.Customer.ContractNumber, rows.Invoice.Number, "OVERDUE"), Assert.Single(changes.Events));
        await raised.WaitForCountAsync(1);
        Assert.Equal(new NotificationRaised(rows.User.Id, note.GetProperty("id").GetInt32()), Assert.Single(raised.Events));
    }

    [Fact]
    public async Task RunningTheSweepAgainAnnouncesNothingTwice()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        var changes = new EventRecorder<InvoiceStatusChanged>();
        using var _ = api.Bus.Subscribe<InvoiceStatusChanged>(rows.Customer.ContractNumber).Subscribe(changes);
        api.Clock.Advance(TimeSpan.FromHours(2));

        await api.Runner.RunDueJobsAsync(CancellationToken.None);
        // Again past the lease, and the job itself twice more as a run that outlived its lease would.
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await api.Runner.RunDueJobsAsync(CancellationToken.None);
        var job = api.Job<OverdueInvoicesJob>();
        var direct = await Task.WhenAll(job.RunAsync(api.Now, CancellationToken.None), job.RunAsync(api.Now, CancellationToken.None));
        // Paid afterwards: its PAID event follows any OVERDUE event on the contract, so a second one would show before it.
        var paid = await api.ClientFor(rows.User).MutateAsync(PayInvoiceMutation, new { invoiceNumber = rows.Invoice.Number, amount = 28.00m, method = "TARJETA" });

        PayloadAssert.Succeeded(paid);
        Assert.Equal(0, Assert.Single(again, r => r.Job == "OverdueInvoices").Result.Items);
        Assert.All(direct, result => Assert.Equal(0, result.Items));
        await EventRecorder<InvoiceStatusChanged>.WaitUntilAsync(() => changes.Events.Any(e => e.Status == "PAID"), "the PAID event");
        Assert.Equal(["OVERDUE", "PAID"], changes.Events.Select(e => e.Status));
        await using var db = api.CreateDbContext();
        var messages = await db.Notifications.Where(n => n.UserId == rows.User.Id).OrderBy(n => n.Id).Select(n => n.Message).ToListAsync();
        Assert.Equal(2, messages.Count);
        Assert.Contains("sigue pendiente de pago", messages[0]);
        Assert.Contains("fue pagada", messages[1]);
    }

    [Fact]
    public async Task ACouponPastItsExpiryIsAnnouncedOnceAndEntersTheHistoryOnce()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddDays(20));
        var coupon = await rows.AddCouponAsync(api, api.Now.AddHours(1));
        var raised = new EventRecorder<NotificationRaised>();
        using var _ = api.Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(rows.User.Id)).Subscribe(raised);

        api.Clock.Advance(TimeSpan.FromHours(2));
        var first = await api.Runner.RunDueJobsAsync(CancellationToken.None);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await api.Runner.RunDueJobsAsync(CancellationToken.None);
        await api.Job<ExpiredCouponsJob>().RunAsync(api.Now, CancellationToken.None);

        Assert.Equal(1, Assert.Single(first, r => r.Job == "ExpiredCoupons").Result.Items);
        Assert.Equal(0, Assert.Single(second, r => r.Job == "ExpiredCoupons").Result.Items);
        var data = await api.ClientFor(rows.User).QueryDataAsync(
            """
            query($code: String!) {
              coupon(code: $code) { status }
              notifications(first: 10) { nodes { id kind message } }
              transactions(first: 10) { nodes { kind amount reference description occurredAt } }
            }
            """, new { code = coupon.Code });
        Assert.Equal("EXPIRED", data.GetProperty("coupon").GetProperty("status").GetString());
        var note = Assert.Single(data.GetProperty("notifications").GetProperty("nodes").EnumerateArray());
        Assert.Equal("COUPON_STATUS", note.GetProperty("kind").GetString());
        var expired = coupon.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"El cupón {coupon.Code} de tu factura {rows.Invoice.Number} venció el {expired} sin ser usado.",
            note.GetProperty("message").GetString());
        var entry = Assert.Single(data.GetProperty("transactions").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("COUPON_EXPIRED", 28.00m, coupon.Code, $"Cupón vencido de la factura {rows.Invoice.Number}"),
            (entry.GetProperty("kind").GetString(), entry.GetProperty("amount").GetDecimal(), entry.GetProperty("reference").GetString(),
                entry.GetProperty("description").GetString()));
        Assert.Equal(coupon.ExpiresAt, entry.GetProperty("occurredAt").GetDateTimeOffset().UtcDateTime);
        await using (var db = api.CreateDbContext())
            Assert.Equal(api.Now.AddMinutes(-1), (await db.Coupons.SingleAsync(c => c.Id == coupon.Id)).ExpiryNotifiedAt);
        await raised.WaitForCountAsync(1);
        Assert.Equal(new NotificationRaised(rows.User.Id, note.GetProperty("id").GetInt32()), Assert.Single(raised.Events));
    }

    [Fact]
    public async Task AnInvoicePaidBeforeItsDueDateAndACouponUsedInTimeAreNeverAnnounced()
    {
        var paid = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1), status: GraphQL.Billing.InvoiceStatus.Paid);
        var used = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddDays(20));
        await used.AddCouponAsync(api, api.Now.AddHours(1), GraphQL.Coupons.CouponStatus.Used);

        api.Clock.Advance(TimeSpan.FromHours(2));
        var runs = await api.Runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Equal(2, runs.Count);
        Assert.All(runs, run => Assert.Equal((JobOutcome.Succeeded, 0), (run.Outcome, run.Result.Items)));
        await using var db = api.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == paid.User.Id || n.UserId == used.User.Id));
        Assert.False(await db.Transactions.AnyAsync(t => t.Kind == TransactionKind.CouponExpired));
    }
}
