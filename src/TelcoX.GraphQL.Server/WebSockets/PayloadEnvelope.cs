using System.Text;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// <c>{"id":…,"type":…,"payload":…}</c> around a result serialised once for every subscriber of an
/// event: the payload's bytes are copied in, never parsed or serialised again. One per protocol and
/// message type; it keeps the last id's head, as a connection mostly runs one subscription.
/// </summary>
public sealed class PayloadEnvelope(string type)
{
    private Head? last;

    public byte[] Wrap(string id, ReadOnlySpan<byte> payload)
    {
        var head = last is { } cached && cached.Id == id ? cached : last = new Head(id, HeadOf(type, id));
        var message = new byte[head.Utf8.Length + payload.Length + 1];
        head.Utf8.CopyTo(message, 0);
        payload.CopyTo(message.AsSpan(head.Utf8.Length));
        message[^1] = (byte)'}';
        return message;
    }

    private static byte[] HeadOf(string type, string id) =>
        Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":{JsonSerializer.Serialize(type)},\"payload\":");

    // Replaced whole, never changed: reads from several threads see one id with its own head.
    private sealed record Head(string Id, byte[] Utf8);
}
