namespace TelcoX.GraphQL.Usage;

/// <summary>What seed 001's /ws/usage pushed: a line's consumption and active data plan, as they are now.</summary>
public sealed record UsageSnapshot(string Msisdn, Consumption? Consumption, DataPlan? DataPlan);
