using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// Carries events between API instances over one Redis pub/sub channel. Redis is best effort: when
/// it is down, events still reach this instance's subscribers, other instances miss them, and
/// StackExchange.Redis reconnects and re-subscribes on its own.
/// </summary>
internal sealed class RedisEventBackplane(
    IConnectionMultiplexer redis, EventRouter router, IOptions<RedisOptions> options, ILogger<RedisEventBackplane> logger)
    : IHostedService
{
    private readonly string instanceId = Guid.NewGuid().ToString("N");
    private readonly RedisChannel channel = RedisChannel.Literal(options.Value.EventChannel);
    private ChannelMessageQueue? incoming;
    private int outageReported;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        incoming = await redis.GetSubscriber().SubscribeAsync(channel).ConfigureAwait(false);
        // A message queue (not a handler) runs messages one at a time, keeping each key's order.
        incoming.OnMessage(Receive);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        if (incoming is not null) await incoming.UnsubscribeAsync(CommandFlags.FireAndForget).ConfigureAwait(false);
    }

    /// <summary>Called under the router's lock: starts the publish and never waits for it.</summary>
    public void Forward(IDomainEvent domainEvent)
    {
        try
        {
            var publish = redis.GetSubscriber().PublishAsync(channel, new EventEnvelope(instanceId, domainEvent).ToUtf8Json());
            if (!publish.IsCompleted)
                publish.ContinueWith(t => ReportOutage(t.Exception), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            else if (publish.IsFaulted) ReportOutage(publish.Exception);
        }
        catch (Exception ex)
        {
            ReportOutage(ex);
        }
    }

    private void Receive(ChannelMessage message)
    {
        try
        {
            var envelope = EventEnvelope.FromUtf8Json(((ReadOnlyMemory<byte>)message.Message).Span);
            if (envelope is not null && envelope.Origin != instanceId) router.Deliver(envelope.Event);
        }
        catch (JsonException ex)
        {
            // e.g. an event type a newer instance knows and this one does not yet.
            logger.LogWarning(ex, "Ignored an unreadable event from Redis channel {Channel}", channel);
        }
    }

    // One warning per outage, not one per event.
    private void ReportOutage(Exception? ex)
    {
        if (Interlocked.Exchange(ref outageReported, 1) == 0)
            logger.LogWarning(ex, "Redis is unreachable: events reach this instance's subscribers only until it is back");
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (Interlocked.Exchange(ref outageReported, 0) == 1)
            logger.LogInformation("Redis is back: events travel between instances again");
    }
}
