using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Tests.Events;

public sealed class EventBusOrderingTests
{
    private const int Publishers = 4;
    private const int EventsPerPublisher = 2_000;

    [Fact]
    public async Task EventsForOneKeyArriveInPublicationOrderUnderConcurrentPublishers()
    {
        await using var events = await EventHost.StartAsync(queueCapacity: 100_000);
        var product1 = new EventRecorder<InventoryChanged>();
        var everyProduct = new EventRecorder<InventoryChanged>();
        var product2 = new EventRecorder<InventoryChanged>();
        using var s1 = events.Bus.Subscribe<InventoryChanged>(InventoryChanged.KeyFor(1)).Subscribe(product1);
        using var s2 = events.Bus.Subscribe<InventoryChanged>().Subscribe(everyProduct);
        using var s3 = events.Bus.Subscribe<InventoryChanged>(InventoryChanged.KeyFor(2)).Subscribe(product2);

        // Each publisher numbers its own events: Quantity = publisher * 1,000,000 + sequence.
        await Task.WhenAll(Enumerable.Range(0, Publishers).Select(publisher => Task.Run(async () =>
        {
            for (var sequence = 0; sequence < EventsPerPublisher; sequence++)
            {
                await events.Bus.PublishAsync(new InventoryChanged(1, publisher * 1_000_000 + sequence));
                if (sequence % 10 == 0) await events.Bus.PublishAsync(new InventoryChanged(2, sequence));
            }
        })));

        await product1.WaitForCountAsync(Publishers * EventsPerPublisher);
        await everyProduct.WaitForCountAsync(Publishers * EventsPerPublisher + Publishers * EventsPerPublisher / 10);
        await product2.WaitForCountAsync(Publishers * EventsPerPublisher / 10);

        var seenByKey = product1.Events.Select(e => e.Quantity).ToList();
        foreach (var publisher in Enumerable.Range(0, Publishers))
            Assert.Equal(Enumerable.Range(0, EventsPerPublisher),
                seenByKey.Where(q => q / 1_000_000 == publisher).Select(q => q % 1_000_000));
        // The catch-all subscriber saw product 1's interleaving exactly as product 1's subscriber did.
        Assert.Equal(seenByKey, everyProduct.Events.Where(e => e.ProductId == 1).Select(e => e.Quantity));
        Assert.All(product2.Events, e => Assert.Equal(2, e.ProductId));
        Assert.Equal(Publishers * EventsPerPublisher / 10, product2.Events.Count);
    }

    [Fact]
    public async Task SubscribersOnlySeeTheirEventTypeAndKey()
    {
        await using var events = await EventHost.StartAsync();
        var line = new EventRecorder<ConsumptionChanged>();
        using var _ = events.Bus.Subscribe<ConsumptionChanged>("593988877766").Subscribe(line);

        await events.Bus.PublishAsync(new UsageUpdated("593988877766"));
        await events.Bus.PublishAsync(new ConsumptionChanged("593912345678"));
        await events.Bus.PublishAsync(new ConsumptionChanged("593988877766"));

        await line.WaitForCountAsync(1);
        await events.Bus.PublishAsync(new ConsumptionChanged("593988877766"));
        await line.WaitForCountAsync(2);
        Assert.All(line.Events, e => Assert.Equal("593988877766", e.Msisdn));
    }
}
