using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Channels;

/// <summary>A communication with a customer over e-mail or a call (seed 002's "canal").</summary>
public sealed class Channel
{
    /// <summary>The content column's width: every message, typed or generated, must fit in it.</summary>
    public const int MaxContentLength = 255;

    public int Id { get; set; }
    public ChannelKind Kind { get; set; }
    public required string Content { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; } = null!;
    public DateTime Timestamp { get; set; }
}
