using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Mutations;

/// <summary>The base of every mutation payload: the changed objects, or the errors that stopped it.</summary>
public abstract record Payload
{
    public IReadOnlyList<DomainError>? Errors { get; init; }

    /// <summary>What the mutation tells subscribers, published in order once its transaction commits; never in the schema.</summary>
    public IReadOnlyList<IDomainEvent> Events { get; init; } = [];
}
