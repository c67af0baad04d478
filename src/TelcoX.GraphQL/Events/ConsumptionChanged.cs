namespace TelcoX.GraphQL.Events;

/// <summary>A line's balance, data or minutes changed.</summary>
public sealed record ConsumptionChanged(string Msisdn) : IDomainEvent
{
    public string Key => Msisdn;
}
