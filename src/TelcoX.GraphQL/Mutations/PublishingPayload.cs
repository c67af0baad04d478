namespace TelcoX.GraphQL.Mutations;

/// <summary>Transitional: events now live on <see cref="Payload"/>; removed once every mutation is one file.</summary>
public abstract record PublishingPayload : Payload;
