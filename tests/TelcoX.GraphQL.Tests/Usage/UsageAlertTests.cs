using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>Notifications once per crossing, and events published after commit.</summary>
public sealed class UsageAlertTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private EventBus Bus => api.Services.GetRequiredService<EventBus>();

    [Fact]
    public async Task CrossingEightyPercentOfTheDataPlanNotifiesTheCustomerUsersOnce()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1000, usedBytes: 700, withUser: true);
        var raised = new EventRecorder<NotificationRaised>();
        using var subscription = Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(arranged.User!.Id)).Subscribe(raised);

        await RecordAsync(arranged.Msisdn, 50);   // 75 %: below
        await RecordAsync(arranged.Msisdn, 60);   // 81 %: crosses
        await RecordAsync(arranged.Msisdn, 100);  // 91 %: already past

        await raised.WaitForCountAsync(1);
        await using var db = api.CreateDbContext();
        var notification = Assert.Single(await db.Notifications.Where(n => n.UserId == arranged.User.Id).ToListAsync());
        Assert.Equal(NotificationKind.DataPlanLow, notification.Kind);
        Assert.Contains(arranged.Msisdn, notification.Message, StringComparison.Ordinal);
        Assert.Equal(notification.Id, Assert.Single(raised.Events).NotificationId);
    }

    [Fact]
    public async Task BalanceFallingToOneOrLessWithoutAPlanNotifiesOncePerCrossing()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 5m, withUser: true);

        await SetAsync(arranged.Msisdn, 1.00m);  // crosses
        await SetAsync(arranged.Msisdn, 0.50m);  // still low
        await SetAsync(arranged.Msisdn, 3m);     // recharged
        await SetAsync(arranged.Msisdn, 0.80m);  // crosses again

        await using var db = api.CreateDbContext();
        var kinds = await db.Notifications.Where(n => n.UserId == arranged.User!.Id).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NotificationKind.LowBalance, NotificationKind.LowBalance], kinds);
    }

    [Fact]
    public async Task WithAPlanTheLowBalanceThresholdIsTwentyPercentOfTheMonthlyFee()
    {
        await using var read = api.CreateDbContext();
        var plan = await read.Plans.AsNoTracking().Where(p => p.MonthlyFee >= 10m).OrderBy(p => p.Id).FirstAsync();
        var threshold = plan.MonthlyFee * 0.20m;
        var arranged = await UsageArrange.AddAsync(api, balance: threshold + 0.10m, withUser: true, plan: plan);

        await SetAsync(arranged.Msisdn, threshold + 0.01m);
        await using (var db = api.CreateDbContext())
            Assert.False(await db.Notifications.AnyAsync(n => n.UserId == arranged.User!.Id));
        await SetAsync(arranged.Msisdn, threshold);

        await using var after = api.CreateDbContext();
        Assert.Equal(NotificationKind.LowBalance, (await after.Notifications.SingleAsync(n => n.UserId == arranged.User!.Id)).Kind);
    }

    [Fact]
    public async Task ChangesPublishTheirEventsAndRefusalsPublishNothing()
    {
        var arranged = await UsageArrange.AddAsync(api, limitBytes: 1_000_000);
        var consumption = new EventRecorder<ConsumptionChanged>();
        var usage = new EventRecorder<UsageUpdated>();
        using var first = Bus.Subscribe<ConsumptionChanged>(arranged.Msisdn).Subscribe(consumption);
        using var second = Bus.Subscribe<UsageUpdated>(arranged.Msisdn).Subscribe(usage);

        await SetAsync(arranged.Msisdn, 3m);
        await api.CreateClient(Role.Admin).QueryDataAsync(SimulateConsumptionMutation, new { input = new { msisdn = arranged.Msisdn } });
        await RecordAsync(arranged.Msisdn, 10);
        var refused = (await api.CreateClient(Role.Admin).QueryDataAsync(SetConsumptionMutation, new { input = new { msisdn = arranged.Msisdn, balance = -1m } }))
            .GetProperty("setConsumption");
        SingleError(refused, "ValidationError", "balance no puede ser negativo", "BAD_USER_INPUT");

        await consumption.WaitForCountAsync(2);
        await usage.WaitForCountAsync(1);
        await Task.Delay(100);
        Assert.Equal(2, consumption.Events.Count);
        Assert.Equal(new UsageUpdated(arranged.Msisdn), Assert.Single(usage.Events));
    }

    private async Task RecordAsync(string msisdn, long bytes) => Succeeded((await api.CreateClient(Role.Admin).QueryDataAsync(RecordUsageEventMutation,
        new { input = new { msisdn, category = "SOCIAL", bytes } })).GetProperty("recordUsageEvent"));

    private async Task SetAsync(string msisdn, decimal balance) => Succeeded((await api.CreateClient(Role.Admin).QueryDataAsync(SetConsumptionMutation,
        new { input = new { msisdn, balance } })).GetProperty("setConsumption"));
}
