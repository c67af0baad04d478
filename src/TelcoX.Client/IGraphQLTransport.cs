using System.Text.Json;

namespace TelcoX.Client;

/// <summary>One operation to run: which one, and its variables (null ones already left out).</summary>
public sealed record GraphQLOperationRequest(GraphQLOperation Operation, IReadOnlyDictionary<string, object?> Variables);

/// <summary>
/// What the generated client runs operations through; the data stays JSON here and the client types it.
/// <see cref="GraphQLTransport"/> is the real one; tests may pass a fake to <c>new TelcoXClient(transport)</c>.
/// Implementations report failures as TRANSPORT_ERROR results rather than throwing.
/// </summary>
public interface IGraphQLTransport
{
    Task<OperationResult<JsonElement>> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<OperationResult<JsonElement>> SubscribeAsync(GraphQLOperationRequest request, CancellationToken cancellationToken);
}
