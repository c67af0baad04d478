using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TelcoX.Client;

public static class GraphQLClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a generated client and its transports, all scoped: in Blazor Server a scope is a circuit, so
    /// each signed-in user has their own token and their own websocket. Without an app-registered
    /// <see cref="IAccessTokenProvider"/> requests are anonymous.
    /// </summary>
    public static IServiceCollection AddGraphQLClient<TClient>(this IServiceCollection services, Action<GraphQLClientOptions> configure)
        where TClient : class
    {
        services.Configure(configure);
        services.AddHttpClient<GraphQLHttpTransport>();
        services.TryAddScoped<IAccessTokenProvider>(_ => new StaticAccessTokenProvider(null));
        services.TryAddScoped<GraphQLWebSocketTransport>();
        services.TryAddScoped<IGraphQLTransport, GraphQLTransport>();
        services.TryAddScoped<TClient>();
        return services;
    }
}
