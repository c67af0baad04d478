using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// Runs one operation for a long-lived connection in a DI scope of its own: a websocket's
/// RequestServices lives as long as the socket, and scoped services (data loaders) would go stale.
/// Each later subscription event gets a fresh scope from ScopedSubscriptionExecutionStrategy.
/// Persisted ids are resolved (and GraphQL:OnlyPersisted enforced) here, for every websocket protocol and SSE.
/// </summary>
public sealed class GraphQLOperationExecutor(ISchemaExecuter executer, IServiceScopeFactory scopes, PersistedDocumentStore persisted)
{
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Not executed: each transport answers it as an operation that did not run (its error message, the socket stays open).
        if (persisted.TryResolve(request) is { } refused)
            return new ExecutionResult { Errors = [refused] };
        // Safe to dispose once the result is back: the strategy drops its reference to this scope.
        await using var scope = scopes.CreateAsyncScope();
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = scope.ServiceProvider,
            User = user,
            CancellationToken = cancellationToken,
        });
    }
}
