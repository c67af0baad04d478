using System.Threading.Channels;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// A connection's queue of serialized messages, bounded in bytes, and the one task that writes
/// them, so a publisher never waits on a client's network: it only tries to enqueue, and a full
/// queue means the client fell too far behind (<see cref="TryEnqueue"/> returns false; the owner
/// closes). Bytes, not messages: a burst of small events is no threat, a pile of large ones is.
/// </summary>
public sealed class OutboundQueue
{
    private readonly Channel<ReadOnlyMemory<byte>> queue;
    private readonly Task pump;
    private readonly long limitBytes;
    private long queuedBytes;
    private volatile bool discard;

    /// <param name="flush">For a buffered transport: run once the queue is empty, not after every message of a burst.</param>
    public OutboundQueue(long limitBytes, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken aborted,
        Func<CancellationToken, Task>? flush = null)
    {
        this.limitBytes = limitBytes;
        queue = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });
        pump = Task.Run(() => PumpAsync(write, flush, aborted), CancellationToken.None);
    }

    /// <summary>Ends once everything queued is written, the queue is discarded, or a write fails.</summary>
    public Task Drained => pump;

    /// <summary>False when the queue is full or closed; a message is never dropped silently.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> message)
    {
        if (Interlocked.Add(ref queuedBytes, message.Length) <= limitBytes && queue.Writer.TryWrite(message)) return true;
        Interlocked.Add(ref queuedBytes, -message.Length);
        return false;
    }

    /// <summary>No more messages; those queued are still written unless <paramref name="discardQueued"/>.</summary>
    public void Complete(bool discardQueued = false)
    {
        discard |= discardQueued;
        queue.Writer.TryComplete();
    }

    private async Task PumpAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, Func<CancellationToken, Task>? flush, CancellationToken aborted)
    {
        try
        {
            var reader = queue.Reader;
            while (await reader.WaitToReadAsync(aborted).ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    if (discard) return;
                    await write(message, aborted).ConfigureAwait(false);
                    Interlocked.Add(ref queuedBytes, -message.Length);
                }
                if (flush is not null) await flush(aborted).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // The peer went away or the connection was aborted: nothing more can be written.
            queue.Writer.TryComplete();
        }
    }
}
