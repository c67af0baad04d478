using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Mutations;

/// <summary>A payload whose mutation publishes events once its transaction commits; the events never reach the schema.</summary>
public abstract record PublishingPayload : Payload
{
    public IReadOnlyList<IDomainEvent> Events { get; init; } = [];
}
