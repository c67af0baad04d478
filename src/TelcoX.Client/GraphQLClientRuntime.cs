namespace TelcoX.Client;

/// <summary>What the generated client calls: queries and mutations over HTTP, subscriptions over the shared websocket.</summary>
public sealed class GraphQLClientRuntime(GraphQLHttpTransport http, GraphQLWebSocketTransport webSocket)
{
    public Task<OperationResult<T>> ExecuteAsync<T>(GraphQLOperation operation, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken) =>
        http.ExecuteAsync<T>(operation, variables, cancellationToken);

    public IAsyncEnumerable<OperationResult<T>> Subscribe<T>(GraphQLOperation operation, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken) =>
        webSocket.Subscribe<T>(operation, variables, cancellationToken);
}
