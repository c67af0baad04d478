using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// A line's data allowance (seed 001). Usage per category lives in columns of this row so that one
/// atomic UPDATE adds an event to its category and to the total.
/// </summary>
public sealed class DataPlan
{
    public int Id { get; set; }
    public int PhoneLineId { get; set; }
    public PhoneLine PhoneLine { get; set; } = null!;
    public long LimitBytes { get; set; }
    public long UsedBytes { get; set; }
    public long SocialBytes { get; set; }
    public long EntertainmentBytes { get; set; }
    public long SystemUpdatesBytes { get; set; }
    public long NavigationSearchBytes { get; set; }
    public DateTime StartAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public bool IsActive { get; set; }

    /// <summary>A copy of the values as they are now, for an answer that must not change with later events.</summary>
    public DataPlan Snapshot() => (DataPlan)MemberwiseClone();

    public bool IsExpiredAt(DateTime now) => ExpiresAt <= now;

    public long BytesFor(UsageCategory category) => category switch
    {
        UsageCategory.Social => SocialBytes,
        UsageCategory.Entertainment => EntertainmentBytes,
        UsageCategory.SystemUpdates => SystemUpdatesBytes,
        UsageCategory.NavigationSearch => NavigationSearchBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
