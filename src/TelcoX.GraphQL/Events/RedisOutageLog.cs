namespace TelcoX.GraphQL.Events;

/// <summary>One warning per Redis outage, however many events it costs, and a note when it ends.</summary>
internal sealed class RedisOutageLog(ILogger logger)
{
    private int reported;

    public void Report(Exception? ex)
    {
        if (Interlocked.Exchange(ref reported, 1) == 0)
            logger.LogWarning(ex, "Redis is unreachable: events reach this instance's subscribers only until it is back");
    }

    public void Ended()
    {
        if (Interlocked.Exchange(ref reported, 0) == 1)
            logger.LogInformation("Redis is back: events travel between instances again");
    }
}
