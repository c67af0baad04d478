using System.Net;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

public sealed class GraphQLHttpFailureTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task ATransportFailureIsAJsonErrorNotABare500(string accept)
    {
        using var broken = api.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton<IDocumentExecuter<TelcoSchema>, ThrowingExecuter>())));

        using var response = await broken.CreateClient().PostQueryAsync("{ __typename }", accept);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(accept, response.MediaType());
        var body = await response.JsonBodyAsync();
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("boom", error.GetProperty("message").GetString());
        // The id to quote when reporting it, also in the log line of the exception.
        var errorId = error.GetProperty("extensions").GetProperty("errorId").GetString()!;
        Assert.Contains(errorId, error.GetProperty("message").GetString());
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<TelcoSchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) =>
            throw new InvalidOperationException("boom: internal detail that must not leak");
    }
}
