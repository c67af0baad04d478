using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Usage;

/// <summary>One recorded data usage event; the history behind a data plan's counters.</summary>
public sealed class UsageEvent
{
    public long Id { get; set; }
    public int PhoneLineId { get; set; }
    public PhoneLine PhoneLine { get; set; } = null!;
    public int? DataPlanId { get; set; }
    public UsageCategory Category { get; set; }
    public long Bytes { get; set; }
    /// <summary>Client-chosen idempotency key: the same id twice counts once.</summary>
    public string? EventId { get; set; }
    public DateTime OccurredAt { get; set; }
}
