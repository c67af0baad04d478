namespace TelcoX.GraphQL.Mutations;

/// <summary>The base of every mutation payload: the changed objects, or the errors that stopped it.</summary>
public abstract record Payload
{
    public IReadOnlyList<DomainError>? Errors { get; init; }
}
