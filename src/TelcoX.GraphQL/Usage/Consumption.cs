using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Usage;

/// <summary>A line's remaining balance, data and minutes (seed 000).</summary>
public sealed class Consumption
{
    public int Id { get; set; }
    public int PhoneLineId { get; set; }
    public PhoneLine PhoneLine { get; set; } = null!;
    public decimal Balance { get; set; }
    public decimal DataMb { get; set; }
    public int Minutes { get; set; }
    public DateTime UpdatedAt { get; set; }
}
