using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// Carries events between API instances over one Redis pub/sub channel. Redis is best effort: when
/// it is down, events still reach this instance's subscribers, other instances miss them, and the
/// multiplexer reconnects and re-subscribes on its own.
/// </summary>
internal sealed class RedisEventBackplane(
    RedisConnection connection, EventRouter router, IOptions<RedisOptions> options, ILogger<RedisEventBackplane> logger)
    : IHostedService
{
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(2);
    private readonly string instanceId = Guid.NewGuid().ToString("N");
    private readonly RedisChannel channel = RedisChannel.Literal(options.Value.EventChannel);
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RedisOutageLog outage = new(logger);
    private Task listening = Task.CompletedTask;
    private int stopped;

    /// <summary>With Redis up, returns once subscribed, so the instance hears others from its
    /// first request; with Redis down, starts anyway and keeps trying in the background.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        listening = new RedisEventListener(connection, channel, outage, Receive).ListenAsync(subscribed, stopping.Token);
        await Task.WhenAny(subscribed.Task, listening, Task.Delay(StartupWait, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Safe to call again: a host can be stopped twice (a test server's dispose after its stop).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
            return;
        await stopping.CancelAsync().ConfigureAwait(false);
        await listening.ConfigureAwait(false);
        stopping.Dispose();
    }

    /// <summary>Called under the router's lock: starts the publish and never waits for it.</summary>
    public void Forward(IDomainEvent domainEvent)
    {
        if (connection.Current is not { } redis)
        {
            outage.Report(null);
            return;
        }
        try
        {
            var publish = redis.GetSubscriber().PublishAsync(channel, new EventEnvelope(instanceId, domainEvent).ToUtf8Json());
            if (publish.IsFaulted) outage.Report(publish.Exception);
            else if (!publish.IsCompleted)
                publish.ContinueWith(t => outage.Report(t.Exception), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        catch (Exception ex)
        {
            outage.Report(ex);
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
}
