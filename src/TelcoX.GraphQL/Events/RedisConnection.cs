using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// The one multiplexer, connected in the background: with Redis down, a first connect can take the
/// whole connect timeout, and neither the API's start nor a publish may wait for that.
/// </summary>
internal sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly Task<ConnectionMultiplexer> connecting = ConnectAsync(options.Value, logger);

    /// <summary>Completes once the first attempt is over, connected or not; it then keeps trying.</summary>
    public Task<ConnectionMultiplexer> Connecting => connecting;

    /// <summary>The multiplexer, or null while the first attempt is still under way.</summary>
    public IConnectionMultiplexer? Current => connecting.IsCompletedSuccessfully ? connecting.Result : null;

    public async ValueTask DisposeAsync()
    {
        try { await (await connecting.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false); }
        catch (RedisException) { } // never connected: nothing to close
    }

    private static Task<ConnectionMultiplexer> ConnectAsync(RedisOptions options, ILogger logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Connection!);
        // Start and keep running without Redis; the multiplexer reconnects in the background.
        configuration.AbortOnConnectFail = false;
        // Retry every second rather than backing off to ten: a backplane outage should end quickly.
        configuration.ReconnectRetryPolicy = new LinearRetry(1_000);
        // While disconnected, fail publishes at once instead of queueing stale events for later.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        logger.LogInformation("Events travel between instances over Redis at {Endpoints}", string.Join(", ", configuration.EndPoints));
        return ConnectionMultiplexer.ConnectAsync(configuration);
    }
}
