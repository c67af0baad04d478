namespace TelcoX.GraphQL.Events;

/// <summary>A usage event was recorded against a line's data plan.</summary>
public sealed record UsageUpdated(string Msisdn) : IDomainEvent
{
    public string Key => Msisdn;
}
