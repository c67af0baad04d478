using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>Two API instances (two service providers) over one real, private redis-server.</summary>
public sealed class RedisBackplaneTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private EventHost a = null!;
    private EventHost b = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        a = await EventHost.StartAsync(redis: redis.Connection);
        b = await EventHost.StartAsync(redis: redis.Connection);
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        await redis.DisposeAsync();
    }

    /// <summary>A host may be stopped twice, e.g. a test server disposed after a stop.</summary>
    [Fact]
    public async Task AnInstanceStoppedTwiceStopsQuietly()
    {
        var c = await EventHost.StartAsync(redis: redis.Connection);
        await c.StopAsync();
        await c.DisposeAsync(); // stops again
    }

    [Fact]
    public async Task AnEventPublishedOnOneInstanceReachesSubscribersOnBothExactlyOnce()
    {
        var onA = new EventRecorder<InventoryChanged>();
        var onB = new EventRecorder<InventoryChanged>();
        using var sa = a.Bus.Subscribe<InventoryChanged>(InventoryChanged.KeyFor(7)).Subscribe(onA);
        using var sb = b.Bus.Subscribe<InventoryChanged>(InventoryChanged.KeyFor(7)).Subscribe(onB);

        for (var quantity = 10; quantity > 0; quantity--) await a.Bus.PublishAsync(new InventoryChanged(7, quantity));
        await onB.WaitForCountAsync(10);
        // A marker from B reaches A through Redis after A's own echoes would have: nothing more may come.
        await b.Bus.PublishAsync(new InventoryChanged(7, -1));
        await onA.WaitForCountAsync(11);
        await onB.WaitForCountAsync(11);

        int[] expected = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, -1];
        Assert.Equal(expected, onA.Events.Select(e => e.Quantity));
        Assert.Equal(expected, onB.Events.Select(e => e.Quantity));
    }

    [Fact]
    public async Task EveryEventTypeSurvivesTheTripThroughRedis()
    {
        var received = new EventRecorder<IDomainEvent>();
        using var s1 = b.Bus.Subscribe<UsageUpdated>().Subscribe(received);
        using var s2 = b.Bus.Subscribe<ConsumptionChanged>().Subscribe(received);
        using var s3 = b.Bus.Subscribe<InventoryChanged>().Subscribe(received);
        using var s4 = b.Bus.Subscribe<InvoiceStatusChanged>().Subscribe(received);
        using var s5 = b.Bus.Subscribe<NotificationRaised>().Subscribe(received);
        IDomainEvent[] sent =
        [
            new UsageUpdated("+593988877766"), new ConsumptionChanged("0969786985"), new InventoryChanged(3, 0),
            new InvoiceStatusChanged("CN-0001", "INV-2025-06", "PAID"), new NotificationRaised(4, 99),
        ];

        foreach (var domainEvent in sent) await a.Bus.PublishAsync(domainEvent);

        await received.WaitForCountAsync(sent.Length);
        // Order holds per subscription; these five subscriptions drain side by side.
        Assert.Equal(sent.OrderBy(e => e.ToString()), received.Events.OrderBy(e => e.ToString()));
    }

    [Fact]
    public async Task WhenRedisDiesLocalDeliveryContinuesAndPublishingReturnsPromptly()
    {
        var onA = new EventRecorder<ConsumptionChanged>();
        using var _ = a.Bus.Subscribe<ConsumptionChanged>("0923456789").Subscribe(onA);

        await redis.KillAsync();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++) await a.Bus.PublishAsync(new ConsumptionChanged("0923456789"));
        clock.Stop();

        Assert.True(clock.ElapsedMilliseconds < 500, $"100 publishes took {clock.ElapsedMilliseconds} ms");
        await onA.WaitForCountAsync(100);
        await EventRecorder<object>.WaitUntilAsync(
            () => a.Log.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains("Redis is unreachable")),
            "a warning about Redis");
    }

    [Fact]
    public async Task WhenRedisComesBackOnTheSamePortCrossInstanceDeliveryResumes()
    {
        var onB = new EventRecorder<UsageUpdated>();
        using var subscription = b.Bus.Subscribe<UsageUpdated>("593912345678").Subscribe(onB);
        await redis.KillAsync();
        await a.Bus.PublishAsync(new UsageUpdated("593912345678"));

        await redis.RestartAsync();
        var clock = Stopwatch.StartNew();
        // Probe until one arrives: the multiplexers reconnect and re-subscribe in the background.
        await EventRecorder<object>.WaitUntilAsync(() =>
        {
            _ = a.Bus.PublishAsync(new UsageUpdated("593912345678"));
            return onB.Events.Count > 0;
        }, "delivery from A to B after Redis restarted", timeoutMs: 10_000);

        Assert.True(clock.ElapsedMilliseconds < 10_000);
    }

    [Fact]
    public async Task AnInstanceStartedWhileRedisIsDownJoinsWhenRedisComesUp()
    {
        var onB = new EventRecorder<NotificationRaised>();
        using var subscription = b.Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(1)).Subscribe(onB);
        await redis.KillAsync();

        var clock = Stopwatch.StartNew();
        await using var late = await EventHost.StartAsync(redis: redis.Connection);
        var local = new EventRecorder<NotificationRaised>();
        using var localSubscription = late.Bus.Subscribe<NotificationRaised>(NotificationRaised.KeyFor(1)).Subscribe(local);
        await late.Bus.PublishAsync(new NotificationRaised(1, 1));
        await local.WaitForCountAsync(1);
        Assert.True(clock.ElapsedMilliseconds < 4_000, $"starting without Redis took {clock.ElapsedMilliseconds} ms");

        await redis.RestartAsync();
        await EventRecorder<object>.WaitUntilAsync(() =>
        {
            _ = late.Bus.PublishAsync(new NotificationRaised(1, 2));
            return onB.Events.Count > 0;
        }, "delivery from the late instance to B", timeoutMs: 10_000);
    }
}
