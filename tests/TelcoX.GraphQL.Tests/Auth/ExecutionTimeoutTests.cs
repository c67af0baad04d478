using System.Data.Common;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>A request that runs past <c>GraphQL:Limits:Timeout</c> ends as a GraphQL error, never a 500 or a hang.</summary>
public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.TinyTimeoutApi api) : IClassFixture<ExecutionTimeoutTests.TinyTimeoutApi>
{
    /// <summary>
    /// The demo API with a timeout no real query can meet, and reads slowed down: on a busy machine the
    /// timeout's timer can fire late, and a query quicker than that would finish before it.
    /// </summary>
    public sealed class TinyTimeoutApi : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:Timeout", "00:00:00.0000001");
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(new SlowReads()));
        }
    }

    private sealed class SlowReads : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            return result;
        }
    }

    // Every customer with their lines and consumption: several round trips to the database.
    private const string SlowQuery = "{ customers(first: 50) { nodes { name lines { msisdn consumption { balance minutes } } } } }";

    [Theory]
    [InlineData("application/json", 200)]
    [InlineData("application/graphql-response+json", 504)]
    public async Task ARequestPastTheTimeoutIsATimeoutError(string accept, int status)
    {
        var client = api.CreateClient(Role.ApiKey); // login itself would run past the timeout
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var (actual, body) = await AuthErrors.PostAsync(client, SlowQuery);

        Assert.True(status == actual, $"{actual}: {body}");
        Assert.Equal(["TIMEOUT"], AuthErrors.Codes(body));
    }

    [Fact]
    public async Task OverAWebsocketTheOperationEndsWithATimeoutErrorAndTheConnectionStays()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws");
        await socket.InitAsync();

        await socket.SendAsync(new { id = "slow", type = "subscribe", payload = new { query = SlowQuery } });

        var answer = await socket.ReceiveAsync();
        var errors = answer.GetProperty("type").GetString() == "error" ? answer.GetProperty("payload") : answer.GetProperty("payload").GetProperty("errors");
        Assert.Equal("TIMEOUT", Assert.Single(errors.EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        await socket.SendAsync(new { type = "ping" });
        while ((await socket.ReceiveAsync()).GetProperty("type").GetString() != "pong") { } // after the operation's complete, if any
    }
}
