namespace TelcoX.GraphQL.Events;

/// <summary>The "Redis" configuration section; no connection means in-memory events only.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. "127.0.0.1:6379".</summary>
    public string? Connection { get; set; }

    /// <summary>The pub/sub channel every instance publishes to and listens on.</summary>
    public string EventChannel { get; set; } = "telcox:events";
}
