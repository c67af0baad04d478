using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// A resolver that throws something other than an ExecutionError (here: its database factory,
/// reached through the request's services) yields a field error with data, not a failed request.
/// </summary>
public sealed class GraphQLHttpResolverFailureTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task AnUnhandledResolverExceptionIsAFieldErrorWithoutItsDetails(string accept)
    {
        var log = new LogRecorder();
        using var broken = api.WithWebHostBuilder(host => host
            .ConfigureServices(services => services.AddTransient<IStartupFilter, BrokenDatabasePerRequest>())
            .ConfigureLogging(logging => logging.AddProvider(log)));

        using var response = await broken.CreateClient().PostQueryAsync("{ product(id: 1) { id } }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("product").ValueKind);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("product", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("database on fire", error.ToString());
        // Never the exception's type (INVALID_OPERATION): a code and an id, which finds the exception in the log.
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var errorId = error.GetProperty("extensions").GetProperty("errorId").GetString()!;
        // Our factory threw it, so the resolver saw the request's services.
        Assert.Contains(log.Entries, entry => entry.Message.Contains(errorId) && entry.Exception?.Message == "database on fire");
    }

    /// <summary>Swaps the request's services for ones whose DbContext factory throws.</summary>
    private sealed class BrokenDatabasePerRequest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.RequestServices = new BrokenServices(http.RequestServices);
                return nextMiddleware(http);
            });
            next(app);
        };
    }

    private sealed class BrokenServices(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IDbContextFactory<TelcoDbContext>) ? new ThrowingFactory() : inner.GetService(serviceType);
    }

    private sealed class ThrowingFactory : IDbContextFactory<TelcoDbContext>
    {
        public TelcoDbContext CreateDbContext() => throw new InvalidOperationException("database on fire");
    }
}
