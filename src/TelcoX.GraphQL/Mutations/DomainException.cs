namespace TelcoX.GraphQL.Mutations;

/// <summary>Thrown inside a mutation to abandon its transaction and answer with a payload error.</summary>
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}
