using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Conventions;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>The API on a clock pinned far from the machine's: a usage change stamped with any other time shows.</summary>
public sealed class PinnedClockApiFactory : TelcoApiFactory
{
    public static readonly DateTime Now = new(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));
    }
}

/// <summary>Every usage change takes its time from the one registered clock, and tells subscribers once it commits.</summary>
public sealed class UsageClockTests(PinnedClockApiFactory api) : IClassFixture<PinnedClockApiFactory>
{
    private static readonly DateTime Now = PinnedClockApiFactory.Now;

    private EventBus Bus => api.Services.GetRequiredService<EventBus>();

    [Fact]
    public async Task EveryUsageMutationAndTheNotificationsItRaisesAreStampedWithTheRegisteredClock()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 5m, limitBytes: 1000, usedBytes: 700, withUser: true);
        var msisdn = arranged.Msisdn;

        var set = await MutateAsync("setConsumption", "consumption { updatedAt }", new { msisdn, balance = 0.50m });
        var recharged = await MutateAsync("rechargeBalance", "consumption { updatedAt } transaction { occurredAt }", new { msisdn, amount = 1m, method = "TARJETA" });
        var simulated = await MutateAsync("simulateConsumption", "consumptions { updatedAt }", new { msisdn });
        var recorded = await MutateAsync("recordUsageEvent", "usageEvent { occurredAt }", new { msisdn, category = "SOCIAL", bytes = 200 });

        Assert.Equal(Now, Time(set.GetProperty("consumption"), "updatedAt"));
        Assert.Equal(Now, Time(recharged.GetProperty("consumption"), "updatedAt"));
        Assert.Equal(Now, Time(recharged.GetProperty("transaction"), "occurredAt"));
        Assert.Equal(Now, Time(Assert.Single(simulated.GetProperty("consumptions").EnumerateArray()), "updatedAt"));
        Assert.Equal(Now, Time(recorded.GetProperty("usageEvent"), "occurredAt"));
        await using var db = api.CreateDbContext();
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == arranged.User!.Id).OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([NotificationKind.LowBalance, NotificationKind.DataPlanLow], notifications.Select(n => n.Kind));
        Assert.All(notifications, n => Assert.Equal(Now, n.CreatedAt));
    }

    [Fact]
    public async Task ATopUpPushesTheConsumptionAndALowBalanceCrossingPushesTheStoredNotification()
    {
        var arranged = await UsageArrange.AddAsync(api, balance: 5m, withUser: true);
        var consumption = new EventRecorder<ConsumptionChanged>();
        var raised = new EventRecorder<NotificationRaised>();
        using var first = Bus.Subscribe<ConsumptionChanged>(arranged.Msisdn).Subscribe(consumption);
        using var second = Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(arranged.User!.Id)).Subscribe(raised);

        await MutateAsync("rechargeBalance", "consumption { balance }", new { msisdn = arranged.Msisdn, amount = 1m, method = "TARJETA" });
        await consumption.WaitForCountAsync(1);
        await MutateAsync("setConsumption", "consumption { balance }", new { msisdn = arranged.Msisdn, balance = 1.01m });
        await MutateAsync("simulateConsumption", "changed", new { msisdn = arranged.Msisdn }); // lowers the balance by 0.01 at least: crosses 1.00

        await consumption.WaitForCountAsync(3);
        await raised.WaitForCountAsync(1);
        await using var db = api.CreateDbContext();
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == arranged.User.Id);
        Assert.Equal(NotificationKind.LowBalance, notification.Kind);
        Assert.Equal(new NotificationRaised(arranged.User.Id, notification.Id), Assert.Single(raised.Events));
        Assert.All(consumption.Events, e => Assert.Equal(arranged.Msisdn, e.Msisdn));
    }

    private async Task<JsonElement> MutateAsync(string field, string selection, object input)
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var document = $$"""mutation($input: {{type}}!) { {{field}}(input: $input) { {{selection}} {{Errors}} } }""";
        var payload = (await api.CreateClient(Role.Admin).QueryDataAsync(document, new { input })).GetProperty(field);
        Succeeded(payload);
        return payload;
    }

    private static DateTime Time(JsonElement element, string field) => element.GetProperty(field).GetDateTime().ToUniversalTime();
}
