using System.Diagnostics;
using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Tests.Events;

public sealed class SlowSubscriberTests
{
    private const int Capacity = 64;
    private const int Published = 1_000;

    [Fact]
    public async Task ASlowSubscriberSlowsNeitherThePublisherNorOthersAndIsDisconnectedWhenItFallsBehind()
    {
        await using var events = await EventHost.StartAsync(queueCapacity: Capacity);
        using var release = new ManualResetEventSlim();
        var slow = new BlockingRecorder(release);
        var fast = new EventRecorder<ConsumptionChanged>();
        using var slowSubscription = events.Bus.Subscribe<ConsumptionChanged>("0969786985").Subscribe(slow);
        using var fastSubscription = events.Bus.Subscribe<ConsumptionChanged>("0969786985").Subscribe(fast);

        var publishing = new Stopwatch();
        for (var batch = 0; batch < Published / 50; batch++)
        {
            publishing.Start();
            for (var i = 0; i < 50; i++) await events.Bus.PublishAsync(new ConsumptionChanged("0969786985"));
            publishing.Stop();
            // The fast subscriber keeps up batch by batch while the slow one is stuck in its first event.
            await fast.WaitForCountAsync((batch + 1) * 50);
        }

        Assert.True(publishing.ElapsedMilliseconds < 1_000, $"publishing took {publishing.ElapsedMilliseconds} ms");
        Assert.Equal(Published, fast.Events.Count);
        Assert.Null(fast.Error);
        Assert.Equal(1, slow.Received); // still blocked: nothing ran on the publisher's thread

        release.Set();
        await EventRecorder<object>.WaitUntilAsync(() => slow.Error is not null, "the slow subscriber's error");
        var lagged = Assert.IsType<EventSubscriberLaggedException>(slow.Error);
        Assert.Contains($"fell more than {Capacity} events behind", lagged.Message);
        Assert.Equal("0969786985", lagged.Key);
        Assert.True(slow.Received < Published);
        await EventRecorder<object>.WaitUntilAsync(() => events.Router.SubscriptionCount == 1, "the slow subscriber's removal");
    }

    /// <summary>Stuck in its first OnNext until released: a client on a dead network.</summary>
    private sealed class BlockingRecorder(ManualResetEventSlim release) : IObserver<ConsumptionChanged>
    {
        private int received;
        public int Received => Volatile.Read(ref received);
        public Exception? Error { get; private set; }

        public void OnNext(ConsumptionChanged value)
        {
            Interlocked.Increment(ref received);
            release.Wait(TimeSpan.FromSeconds(10));
        }

        public void OnError(Exception error) => Error = error;
        public void OnCompleted() { }
    }
}
