using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Tests.Events;

public sealed class SubscriptionDisposalTests
{
    [Fact]
    public async Task DisposingSubscriptionsReleasesTheirQueuesTasksAndRoutes()
    {
        await using var events = await EventHost.StartAsync();
        var recorders = Enumerable.Range(0, 50).Select(_ => new EventRecorder<NotificationRaised>()).ToList();
        var subscriptions = recorders.Select((recorder, i) =>
            events.Bus.Subscribe<NotificationRaised>(i % 5 == 0 ? null : NotificationRaised.KeyFor(i % 7)).Subscribe(recorder)).ToList();
        var usage = new EventRecorder<UsageUpdated>();
        subscriptions.Add(events.Bus.Subscribe<UsageUpdated>("0923456789").Subscribe(usage));
        Assert.Equal(51, events.Router.SubscriptionCount);
        Assert.Equal(51, events.Router.RunningDrains);

        for (var user = 0; user < 7; user++) await events.Bus.PublishAsync(new NotificationRaised(user, 100 + user));
        await events.Bus.PublishAsync(new UsageUpdated("0923456789"));
        await Task.WhenAll(recorders.Select(r => r.WaitForCountAsync(1)).Append(usage.WaitForCountAsync(1)));

        subscriptions.ForEach(s => s.Dispose());

        Assert.Equal(0, events.Router.SubscriptionCount);
        Assert.Equal(0, events.Router.RouteCount);
        await EventRecorder<object>.WaitUntilAsync(() => events.Router.RunningDrains == 0, "every drain task to end");
        var before = recorders.Sum(r => r.Events.Count);
        for (var user = 0; user < 7; user++) await events.Bus.PublishAsync(new NotificationRaised(user, 200 + user));
        Assert.Equal(before, recorders.Sum(r => r.Events.Count));
        Assert.All(recorders, r => Assert.False(r.Completed)); // disposed observers are told nothing more
    }

    [Fact]
    public async Task StoppingTheBusCompletesItsSubscribers()
    {
        var events = await EventHost.StartAsync();
        var recorder = new EventRecorder<InvoiceStatusChanged>();
        using var _ = events.Bus.Subscribe<InvoiceStatusChanged>("CN-0001").Subscribe(recorder);
        await events.Bus.PublishAsync(new InvoiceStatusChanged("CN-0001", "INV-2025-06", "PAID"));

        await events.DisposeAsync();

        await EventRecorder<object>.WaitUntilAsync(() => recorder.Completed, "OnCompleted");
        Assert.Equal("PAID", Assert.Single(recorder.Events).Status);
    }
}
