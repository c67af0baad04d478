using System.Buffers;
using System.Net.WebSockets;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// One accepted websocket: reads whole text messages one at a time, sends through a bounded
/// <see cref="OutboundQueue"/>, and closes with a code and reason, aborting a peer that will not
/// take the close frame or answer it in time.
/// </summary>
public sealed class WebSocketConnection : IDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly WebSocket socket;
    private readonly RealtimeOptions options;
    private readonly CancellationTokenSource aborted;
    private readonly OutboundQueue outbound;
    private int closing;

    public WebSocketConnection(WebSocket socket, RealtimeOptions options, CancellationToken requestAborted)
    {
        this.socket = socket;
        this.options = options;
        aborted = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        outbound = new OutboundQueue(options.SendQueueLimitBytes,
            (message, ct) => socket.SendAsync(message, WebSocketMessageType.Text, true, ct), aborted.Token);
    }

    /// <summary>Cancelled when the connection is gone for good.</summary>
    public CancellationToken Aborted => aborted.Token;

    public bool IsClosing => Volatile.Read(ref closing) != 0;

    /// <summary>Queues a message; a client too far behind to take it is closed (1008 "client too slow").</summary>
    public void Send(ReadOnlyMemory<byte> message)
    {
        if (IsClosing || outbound.TryEnqueue(message)) return;
        _ = CloseAsync(CloseCodes.PolicyViolation, "client too slow", discardQueued: true);
    }

    /// <summary>Sends what is queued (unless discarded), then the close frame; aborts a peer that does not take them in time.</summary>
    public async Task CloseAsync(int code, string reason, bool discardQueued = false)
    {
        if (Interlocked.Exchange(ref closing, 1) != 0) return;
        outbound.Complete(discardQueued);
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            await outbound.Drained.WaitAsync(timeout.Token);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            // The reading loop now waits for the client's close frame, but not forever.
            aborted.CancelAfter(CloseTimeout);
        }
        catch (Exception)
        {
            Abort();
        }
    }

    /// <summary>Reads until the peer closes or the connection aborts, handing each text message to <paramref name="received"/>.</summary>
    public async Task ReceiveAsync(Func<ReadOnlyMemory<byte>, Task> received)
    {
        var message = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var read = await socket.ReceiveAsync(message.GetMemory(4096), aborted.Token);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(CloseCodes.Normal, "");
                    return;
                }
                message.Advance(read.Count);
                if (message.WrittenCount > options.MaxMessageBytes)
                {
                    // Read on, dropping the rest, until the client's close frame (or the close timeout): returning now
                    // would reset a connection the client is still writing to, and it would see 1006, not our 1009.
                    await CloseAsync(CloseCodes.MessageTooBig, "message too big");
                    message.ResetWrittenCount();
                    continue;
                }
                if (!read.EndOfMessage) continue;
                if (read.MessageType == WebSocketMessageType.Binary)
                    await CloseAsync(CloseCodes.BadRequest, "binary messages are not supported");
                else if (!IsClosing)
                    await received(message.WrittenMemory.ToArray());
                message.ResetWrittenCount();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer vanished or ignored our close frame: nothing left to read.
        }
        finally
        {
            Abort();
        }
    }

    public void Dispose()
    {
        Abort();
        aborted.Dispose();
    }

    private void Abort()
    {
        Interlocked.Exchange(ref closing, 1);
        outbound.Complete(discardQueued: true);
        try { aborted.Cancel(); } catch (ObjectDisposedException) { }
        if (socket.State is not (WebSocketState.Closed or WebSocketState.Aborted)) socket.Abort();
    }
}
