namespace TelcoX.GraphQL.Usage;

/// <summary>Seed 001's usage event. <c>EventId</c> is the client's idempotency key: the same id twice counts once.</summary>
public sealed record RecordUsageEventInput(string Msisdn, UsageCategory Category, long Bytes, string? EventId);
