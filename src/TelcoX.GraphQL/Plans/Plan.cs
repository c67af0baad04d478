namespace TelcoX.GraphQL.Plans;

/// <summary>A catalogue plan; its fee and minutes are the limits a line's consumption is measured against.</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public decimal MonthlyFee { get; set; }
    public decimal DataMb { get; set; }
    public int Minutes { get; set; }
}
