using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public sealed class PhoneLine
{
    public int Id { get; set; }
    /// <summary>Stored exactly as given: 5–15 digits with an optional leading '+'.</summary>
    public required string Msisdn { get; set; }
    public ProductType ProductType { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; } = null!;
    public int? PlanId { get; set; }
    public Plan? Plan { get; set; }
    public DateTime CreatedAt { get; set; }

    public Consumption? Consumption { get; set; }
    public List<DataPlan> DataPlans { get; set; } = [];
    public List<UsageEvent> UsageEvents { get; set; } = [];
}
