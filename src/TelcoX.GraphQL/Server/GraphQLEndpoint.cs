using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Server;

/// <summary>Placeholder POST-only endpoint; the full GraphQL-over-HTTP handler replaces it.</summary>
public static class GraphQLEndpoint
{
    public static IEndpointRouteBuilder MapTelcoGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/graphql", async (HttpContext http, IDocumentExecuter<TelcoSchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request?.Query,
                Variables = request?.Variables,
                OperationName = request?.OperationName,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
            http.Response.ContentType = "application/json";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
        return endpoints;
    }
}
