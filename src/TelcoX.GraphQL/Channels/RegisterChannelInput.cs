namespace TelcoX.GraphQL.Channels;

/// <summary>Seed 002's POST /canal. <c>Kind</c> is text so that seed 002's "email" / "llamada" still work.</summary>
public sealed record RegisterChannelInput(int? CustomerId, string? Kind, string? Content);
