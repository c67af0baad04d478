using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>The month's two scheduled jobs: data plans renew (or lapse) as their period ends; a closed month is billed once.</summary>
public sealed class MonthlyJobsTests
{
    [Fact]
    public async Task AnEndedDataPlanRenewsFullForTheNextPeriodOrLapsesWhenThePlanHasNoData()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock());
        await api.InitializeAsync();
        var period = BillingPeriod.Of(api.Now);
        var renewing = await LineAsync(api, dataMb: 1024m, period);
        var lapsing = await LineAsync(api, dataMb: 0m, period);
        api.Clock.SetUtcNow(period.End.AddMinutes(1));

        var result = await api.Job<DataPlanRenewalJob>().RunAsync(api.Now, CancellationToken.None);
        var again = await api.Job<DataPlanRenewalJob>().RunAsync(api.Now, CancellationToken.None);

        Assert.True(result.Items >= 2, result.Summary);
        Assert.Equal(0, again.Items);
        await using var db = api.CreateDbContext();
        var plans = await db.DataPlans.Where(p => p.PhoneLineId == renewing.Id).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal([(false, 100L << 20), (true, 0L)], plans.Select(p => (p.IsActive, p.UsedBytes)));
        Assert.Equal((period.End, period.End.AddMonths(1), 1024L << 20), (plans[1].StartAt, plans[1].ExpiresAt, plans[1].LimitBytes));
        Assert.Equal(1024.00m, (await db.Consumptions.SingleAsync(c => c.PhoneLineId == renewing.Id)).DataMb);
        Assert.False(await db.DataPlans.AnyAsync(p => p.PhoneLineId == lapsing.Id && p.IsActive));
        Assert.Equal(0m, (await db.Consumptions.SingleAsync(c => c.PhoneLineId == lapsing.Id)).DataMb);
    }

    [Fact]
    public async Task TheLastClosedMonthIsBilledOnceByTheJob()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock());
        await api.InitializeAsync();
        var closed = BillingPeriod.LastClosed(api.Now);
        var line = await LineAsync(api, dataMb: 0m, closed, fee: 18.00m);

        var first = await api.Job<MonthlyBillingJob>().RunAsync(api.Now, CancellationToken.None);
        var second = await api.Job<MonthlyBillingJob>().RunAsync(api.Now, CancellationToken.None);

        await using var db = api.CreateDbContext();
        var invoice = await db.Invoices.SingleAsync(i => i.PhoneLineId == line.Id);
        Assert.Equal((closed.Name, 18.00m, 2.16m, 20.16m), (invoice.Period, invoice.Subtotal, invoice.Tax, invoice.Total));
        Assert.True(first.Items >= 1, first.Summary);
        Assert.Equal(new JobResult(0, $"Period {closed.Name}: nothing left to bill."), second);
    }

    /// <summary>A line created early in <paramref name="period"/> on a plan of its own, with a data plan for the period when the plan has data.</summary>
    private static async Task<PhoneLine> LineAsync(JobsApiFactory api, decimal dataMb, BillingPeriod period, decimal fee = 10m)
    {
        var plan = new Plan { Name = "Test jobs " + TestRows.Unique(), MonthlyFee = fee, DataMb = dataMb, Minutes = 10 };
        var line = TestRows.Line(TestRows.Customer());
        line.Plan = plan;
        line.CreatedAt = period.Start.AddDays(1);
        line.Consumption = new Consumption { Balance = 1m, DataMb = dataMb == 0 ? 0m : dataMb - 100m, Minutes = 10, UpdatedAt = line.CreatedAt };
        // A plan without data once had some: its last data plan ends with the period and must lapse.
        var dataPlan = new DataPlan
        {
            PhoneLine = line, LimitBytes = 1024L << 20, UsedBytes = 100L << 20,
            SocialBytes = 100L << 20, StartAt = period.Start, ExpiresAt = period.End, IsActive = true,
        };
        await api.AddRowsAsync(plan, line, dataPlan);
        return line;
    }
}
