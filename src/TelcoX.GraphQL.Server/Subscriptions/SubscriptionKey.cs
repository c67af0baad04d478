using System.Security.Claims;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// What makes two subscriptions the same: the operation as executed (the document text, persisted
/// ids already resolved to it; the operation name; variables and extensions as canonical JSON) and
/// who runs it (<see cref="CallerKey"/>). Equal keys may share one execution per event.
/// </summary>
public sealed record SubscriptionKey(string Query, string? OperationName, string Variables, string Extensions, string Caller)
{
    public static SubscriptionKey For(GraphQLRequest request, ClaimsPrincipal user) => new(
        request.Query ?? "",
        request.OperationName,
        CanonicalJson.Of(request.Variables),
        CanonicalJson.Of(request.Extensions),
        CallerKey.Of(user));
}
