using System.Text;
using GraphQL;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.Sse;

/// <summary>
/// One SSE response's events (GraphQL over SSE, distinct connections): <c>event: next</c> per
/// result and a final <c>event: complete</c>, written through a bounded queue; a client too far
/// behind is cut off, as SSE has no close frame to explain it.
/// </summary>
public sealed class SseStream(HttpContext http, IGraphQLTextSerializer serializer, RealtimeOptions options) : IOperationSink
{
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();
    private static readonly byte[] NextEvent = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private int aborted;
    private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly OutboundQueue queue = new(options.SendQueueLimitBytes,
        (message, ct) => http.Response.Body.WriteAsync(message, ct), http.RequestAborted, ct => http.Response.Body.FlushAsync(ct));

    /// <summary>Completes once the operation has sent its last event.</summary>
    public Task Finished => finished.Task;

    public void Next(string id, ReadOnlyMemory<byte> result)
    {
        if (!finished.Task.IsCompleted) // nothing follows complete, e.g. an event racing a revoked token's end
            Write([.. NextEvent, .. result.Span, .. EventEnd]);
    }

    public void Error(string id, ExecutionResult result)
    {
        Next(id, Encoding.UTF8.GetBytes(serializer.Serialize(result)));
        Complete(id);
    }

    public void Complete(string id)
    {
        Write(CompleteEvent);
        finished.TrySetResult();
    }

    public void Failed(string id, Exception exception) =>
        Error(id, new ExecutionResult { Errors = [exception as ExecutionError ?? new ExecutionError("The event stream failed.")] });

    /// <summary>A first comment line, so the headers and the stream reach the client before any event.</summary>
    public void Open() => Write(KeepAliveComment);

    /// <summary>Comment lines keep proxies from closing an idle stream.</summary>
    public async Task KeepAliveAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) Write(KeepAliveComment);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Writes what is queued, then ends the response.</summary>
    public async Task DrainAsync()
    {
        queue.Complete();
        await queue.Drained;
    }

    private void Write(byte[] message)
    {
        if (queue.TryEnqueue(message) || Interlocked.Exchange(ref aborted, 1) != 0) return;
        // The client fell too far behind: drop it rather than let the queue grow.
        queue.Complete(discardQueued: true);
        http.Abort();
        finished.TrySetResult();
    }
}
