using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Server.Ide;
using TelcoX.GraphQL.Server.Sse;
using TelcoX.GraphQL.Server.WebSockets;

namespace TelcoX.GraphQL.Server;

public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    /// <summary>
    /// Serves GraphQL over HTTP at <c>/graphql</c> for every method, so that the handler itself
    /// answers anything but GET and POST with a 405 and an Allow header.
    /// </summary>
    public static IEndpointConventionBuilder MapTelcoGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var parser = ActivatorUtilities.CreateInstance<GraphQLRequestParser>(services);
        var handler = ActivatorUtilities.CreateInstance<GraphQLHttpHandler>(services,
            new GraphQLRequestReader(parser, services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.MaxBodyBytes),
            ActivatorUtilities.CreateInstance<HttpGetOperationGuard>(services),
            services.GetRequiredService<PersistedDocumentStore>(),
            ActivatorUtilities.CreateInstance<GraphQLResponseWriter>(services));
        var ide = services.GetRequiredService<BananaCakePop>();
        var (webSockets, sse) = (services.GetRequiredService<GraphQLWebSocketHandler>(), services.GetRequiredService<GraphQLSseHandler>());
        return endpoints.Map(Path, http =>
                http.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(http)
                : GraphQLSseHandler.Accepts(http.Request) ? sse.HandleAsync(http)
                : ide.Serves(http.Request) ? ide.ServeAsync(http)
                : handler.HandleAsync(http))
            .WithDisplayName("GraphQL over HTTP");
    }
}
