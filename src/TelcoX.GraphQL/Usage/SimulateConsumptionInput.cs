namespace TelcoX.GraphQL.Usage;

/// <summary>Seed 000's random mode; without an msisdn every line is simulated.</summary>
public sealed record SimulateConsumptionInput(string? Msisdn);
