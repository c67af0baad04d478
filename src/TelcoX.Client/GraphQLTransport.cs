using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TelcoX.Client;

/// <summary>Queries and mutations over HTTP, subscriptions over the client's shared graphql-transport-ws socket.</summary>
public sealed class GraphQLTransport(GraphQLHttpTransport http, GraphQLWebSocketTransport webSocket) : IGraphQLTransport
{
    public Task<OperationResult<JsonElement>> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken) =>
        http.ExecuteAsync(request, cancellationToken);

    public IAsyncEnumerable<OperationResult<JsonElement>> SubscribeAsync(GraphQLOperationRequest request, CancellationToken cancellationToken) =>
        webSocket.SubscribeAsync(request, cancellationToken);
}

/// <summary>What generated methods call: run through the transport, then type the data.</summary>
public static class GraphQLTransportExtensions
{
    public static async Task<OperationResult<T>> ExecuteAsync<T>(this IGraphQLTransport transport, GraphQLOperationRequest request, CancellationToken cancellationToken) =>
        GraphQLJson.Convert<T>(await transport.ExecuteAsync(request, cancellationToken));

    public static async IAsyncEnumerable<OperationResult<T>> SubscribeAsync<T>(this IGraphQLTransport transport, GraphQLOperationRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in transport.SubscribeAsync(request, cancellationToken).WithCancellation(cancellationToken))
            yield return GraphQLJson.Convert<T>(result);
    }
}
