using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelcoX.GraphQL.Server.Sse;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Server.Subscriptions;

public static class RealtimeRegistration
{
    /// <summary>
    /// What <c>MapTelcoGraphQL</c> serves <typeparamref name="TSchema"/> with: GraphQL over HTTP, subscriptions over
    /// websockets (both subprotocols) and server-sent events at /graphql.
    /// </summary>
    public static IServiceCollection AddTelcoRealtime<TSchema>(this IServiceCollection services, IConfiguration configuration)
        where TSchema : ISchema
    {
        services.AddSingleton<ISchemaExecuter, SchemaExecuter<TSchema>>();
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.SectionName));
        // Each subscription event executes in a DI scope of its own, so data loaders never serve stale rows.
        services.AddGraphQL(graphql => graphql.AddScopedSubscriptionExecutionStrategy());
        services.AddSingleton<GraphQLOperationExecutor>();
        services.AddSingleton<RealtimeConnections>();
        services.AddSingleton<ResultSerializer>();
        services.AddSingleton<SharedSubscriptions>(); // identical subscriptions share one execution per event
        services.AddSingleton<MessageWriter>();
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLRequestParser>();
        services.AddOptions<CredentialCheckOptions>();
        services.TryAddSingleton<CredentialCheck>(); // the same refusal of a bad credential on every transport
        services.TryAddSingleton<PersistedDocumentStore>(); // one store for HTTP, websockets and SSE
        services.TryAddSingleton<ConnectionAuthenticator>(); // the upgrade request's user, unless the application registers its own
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<GraphQLSseHandler>();
        return services;
    }

    /// <summary>Websocket upgrades; /graphql itself tells them apart from HTTP requests.</summary>
    public static IApplicationBuilder UseTelcoWebSockets(this IApplicationBuilder app) => app.UseWebSockets();
}
