using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Billing;

namespace TelcoX.GraphQL.Tests.Jobs;

public sealed class JobSwitchTests
{
    [Fact]
    public async Task WithJobsSwitchedOffAnInstanceRunsNoJobAndTakesNoLease()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock(), settings: new Dictionary<string, string> { ["Jobs:Enabled"] = "false" });
        await api.InitializeAsync();
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        var coupon = await rows.AddCouponAsync(api, api.Now.AddHours(1));

        api.Clock.Advance(TimeSpan.FromHours(2));
        var runs = await api.Runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Empty(runs);
        await using var db = api.CreateDbContext();
        Assert.Null((await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id)).OverdueNotifiedAt);
        Assert.Null((await db.Coupons.SingleAsync(c => c.Id == coupon.Id)).ExpiryNotifiedAt);
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == rows.User.Id));
        Assert.False(await db.Set<GraphQL.Jobs.JobLease>().AnyAsync());
    }

    [Fact]
    public async Task AJobSwitchedOffByNameStaysIdleWhileTheOthersRun()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock(),
            settings: new Dictionary<string, string> { ["Jobs:OverdueInvoices:Enabled"] = "false" });
        await api.InitializeAsync();
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        var coupon = await rows.AddCouponAsync(api, api.Now.AddHours(1));

        api.Clock.Advance(TimeSpan.FromHours(2));
        var runs = await api.Runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Equal("ExpiredCoupons", Assert.Single(runs).Job);
        await using var db = api.CreateDbContext();
        Assert.Null((await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id)).OverdueNotifiedAt);
        Assert.Equal(api.Now, (await db.Coupons.SingleAsync(c => c.Id == coupon.Id)).ExpiryNotifiedAt);
    }
}
