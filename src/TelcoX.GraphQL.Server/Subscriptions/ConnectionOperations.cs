using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// The operations running on one connection, by client-chosen id. Each runs on its own task (the
/// connection keeps reading meanwhile) in its own DI scope, and all stop when the connection ends.
/// Each subscription is executed for its own subscriber (validation, authorization, the subscribe-time
/// checks, so a refusal is its own), then attached to the execution its key shares (<see cref="SharedSubscriptions"/>).
/// </summary>
public sealed class ConnectionOperations(
    GraphQLOperationExecutor executor, SharedSubscriptions shared, ResultSerializer serializer, RealtimeConnections counters, ILogger logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, RunningOperation> running = [];
    private bool closed;

    /// <summary>
    /// False when <paramref name="id"/> is already running (the protocol decides what that means) or the
    /// connection has ended: then nothing runs and nothing is counted.
    /// </summary>
    public bool TryStart(string id, GraphQLRequest request, ClaimsPrincipal user, IOperationSink sink)
    {
        var operation = new RunningOperation();
        lock (gate)
        {
            if (closed || !running.TryAdd(id, operation)) return false;
        }
        counters.OperationStarted();
        _ = Task.Run(() => RunAsync(id, operation, request, user, sink));
        return true;
    }

    /// <summary>Stops one operation; true when it was running.</summary>
    public bool Stop(string id)
    {
        RunningOperation? operation;
        lock (gate)
            if (!running.Remove(id, out operation)) return false;
        End(operation);
        return true;
    }

    /// <summary>On disconnect: stops everything, and anything that starts later stops at once.</summary>
    public void StopAll()
    {
        List<RunningOperation> all;
        lock (gate)
        {
            closed = true;
            all = [.. running.Values];
            running.Clear();
        }
        all.ForEach(End);
    }

    private async Task RunAsync(string id, RunningOperation operation, GraphQLRequest request, ClaimsPrincipal user, IOperationSink sink)
    {
        try
        {
            var result = await executor.ExecuteAsync(request, user, operation.Token);
            if (result.Streams is { Count: 1 } streams)
            {
                // The request's persisted id is resolved to its text by now: the key is the operation as executed.
                var attachment = shared.Attach(SubscriptionKey.For(request, user), streams.Values.Single(),
                    new StreamObserver(id, operation, sink, () => Remove(id, operation)));
                if (!operation.Attach(attachment)) attachment.Dispose();
                return;
            }
            if (operation.Stopped) return;
            if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
                sink.Error(id, result);
            else
            {
                sink.Next(id, serializer.Serialize(result));
                sink.Complete(id);
            }
        }
        catch (Exception) when (operation.Stopped)
        {
            // Stopped by the client or the disconnect while executing: nobody waits for an answer.
        }
        catch (Exception exception)
        {
            sink.Error(id, new ExecutionResult { Errors = [TransportFailures.Report(logger, exception, $"operation {id} outside the engine")] });
        }
        Remove(id, operation);
    }

    private void Remove(string id, RunningOperation operation)
    {
        lock (gate)
            if (running.TryGetValue(id, out var current) && current == operation) running.Remove(id);
        End(operation);
    }

    private void End(RunningOperation operation)
    {
        if (operation.Stop()) counters.OperationEnded();
    }
}
