namespace TelcoX.GraphQL.Usage;

/// <summary>Seed 000's direct update: only the fields given are set; <c>Name</c> renames the customer.</summary>
public sealed record SetConsumptionInput(string? Msisdn, decimal? Balance, decimal? DataMb, int? Minutes, string? Name);
