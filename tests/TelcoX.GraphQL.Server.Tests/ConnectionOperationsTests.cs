using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>A connection's operations: once the connection has ended, nothing starts, and nothing says it did.</summary>
public sealed class ConnectionOperationsTests(TinyServer server) : IClassFixture<TinyServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly RealtimeConnections counters = new();

    [Fact]
    public async Task AnOperationOnAnOpenConnectionRunsAndCompletes()
    {
        var sink = new RecordingSink();

        Assert.True(Operations().TryStart("1", new GraphQLRequest { Query = "{ hello }" }, new ClaimsPrincipal(), sink));

        Assert.Equal("next 1, complete 1", await sink.Done.WaitAsync(Patience));
    }

    [Fact]
    public void AnOperationOnAnEndedConnectionIsNotStarted()
    {
        var operations = Operations();
        operations.StopAll();

        Assert.False(operations.TryStart("1", new GraphQLRequest { Query = "{ hello }" }, new ClaimsPrincipal(), new RecordingSink()));
        Assert.Equal(0, counters.Operations);
    }

    private ConnectionOperations Operations() => new(
        server.App.Services.GetRequiredService<GraphQLOperationExecutor>(), server.App.Services.GetRequiredService<SharedSubscriptions>(),
        server.App.Services.GetRequiredService<ResultSerializer>(), counters, NullLogger.Instance);

    private sealed class RecordingSink : IOperationSink
    {
        private readonly List<string> calls = [];
        private readonly TaskCompletionSource<string> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>What was delivered, once the operation has finished.</summary>
        public Task<string> Done => done.Task;

        public void Next(string id, ReadOnlyMemory<byte> result) => Record($"next {id}", end: false);
        public void Error(string id, ExecutionResult result) => Record($"error {id}", end: true);
        public void Complete(string id) => Record($"complete {id}", end: true);
        public void Failed(string id, Exception exception) => Record($"failed {id}", end: true);

        private void Record(string call, bool end)
        {
            lock (calls)
            {
                calls.Add(call);
                if (end) done.TrySetResult(string.Join(", ", calls));
            }
        }
    }
}
