namespace TelcoX.Client;

/// <summary>Thrown by <see cref="OperationResult{T}.EnsureData"/> when the operation did not succeed.</summary>
public sealed class GraphQLClientException(IReadOnlyList<GraphQLClientError> errors)
    : Exception(errors.Count == 0 ? "The GraphQL API returned no data." : string.Join("; ", errors))
{
    public IReadOnlyList<GraphQLClientError> Errors { get; } = errors;
}
