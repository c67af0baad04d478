using System.Threading.Channels;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// A connection's bounded queue of serialized messages and the one task that writes them, so a
/// publisher never waits on a client's network: it only tries to enqueue, and a full queue means
/// the client fell too far behind (<see cref="TryEnqueue"/> returns false; the owner closes).
/// </summary>
public sealed class OutboundQueue
{
    private readonly Channel<ReadOnlyMemory<byte>> queue;
    private readonly Task pump;
    private volatile bool discard;

    public OutboundQueue(int capacity, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken aborted)
    {
        queue = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full instead of dropping silently
        });
        pump = Task.Run(() => PumpAsync(write, aborted), CancellationToken.None);
    }

    /// <summary>Ends once everything queued is written, the queue is discarded, or a write fails.</summary>
    public Task Drained => pump;

    public bool TryEnqueue(ReadOnlyMemory<byte> message) => queue.Writer.TryWrite(message);

    /// <summary>No more messages; those queued are still written unless <paramref name="discardQueued"/>.</summary>
    public void Complete(bool discardQueued = false)
    {
        discard |= discardQueued;
        queue.Writer.TryComplete();
    }

    private async Task PumpAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken aborted)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(aborted).ConfigureAwait(false))
            {
                if (discard) return;
                await write(message, aborted).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // The peer went away or the connection was aborted: nothing more can be written.
            queue.Writer.TryComplete();
        }
    }
}
