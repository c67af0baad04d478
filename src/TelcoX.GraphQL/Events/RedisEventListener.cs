using StackExchange.Redis;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// Subscribes to the event channel once Redis is reachable, then leaves resubscribing after an
/// outage to the multiplexer, which does it by itself on reconnect.
/// </summary>
internal sealed class RedisEventListener(
    RedisConnection connection, RedisChannel channel, RedisOutageLog outage, Action<ChannelMessage> receive)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    public async Task ListenAsync(TaskCompletionSource subscribed, CancellationToken stop)
    {
        ChannelMessageQueue? incoming = null;
        ConnectionMultiplexer? redis = null;
        try
        {
            redis = await connection.Connecting.WaitAsync(stop).ConfigureAwait(false);
            redis.ConnectionFailed += OnConnectionFailed;
            redis.ConnectionRestored += OnConnectionRestored;
            while ((incoming = await TrySubscribeAsync(redis).ConfigureAwait(false)) is null)
            {
                outage.Report(null);
                await Task.Delay(RetryDelay, stop).ConfigureAwait(false);
            }
            subscribed.TrySetResult();
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            if (redis is not null)
            {
                redis.ConnectionFailed -= OnConnectionFailed;
                redis.ConnectionRestored -= OnConnectionRestored;
            }
            if (incoming is not null)
            {
                // At shutdown the host may already have disposed the multiplexer, which ends the subscription anyway.
                try { await incoming.UnsubscribeAsync(CommandFlags.FireAndForget).ConfigureAwait(false); }
                catch (ObjectDisposedException) { }
            }
        }
    }

    private async Task<ChannelMessageQueue?> TrySubscribeAsync(ConnectionMultiplexer redis)
    {
        if (!redis.IsConnected) return null;
        try
        {
            var incoming = await redis.GetSubscriber().SubscribeAsync(channel).ConfigureAwait(false);
            // A message queue (not a handler) runs messages one at a time, keeping each key's order.
            incoming.OnMessage(receive);
            return incoming;
        }
        catch (RedisException)
        {
            // A failed SUBSCRIBE leaves its queue registered, to be re-subscribed on reconnect with
            // nobody reading it: wipe the channel's registration (ours alone) before trying again.
            try { await redis.GetSubscriber().UnsubscribeAsync(channel).ConfigureAwait(false); }
            catch (RedisException) { }
            return null;
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => outage.Report(e.Exception);
    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => outage.Ended();
}
