using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>Serializes outgoing protocol messages; results and errors go through the GraphQL serializer (error codes, no internals).</summary>
public sealed class MessageWriter(IGraphQLTextSerializer serializer)
{
    public byte[] Write(string type, string? id = null, object? payload = null) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));

    /// <summary>
    /// <c>{"id":…,"type":…,"payload":…}</c> around a result serialised once for every subscriber of an
    /// event: its bytes are copied in, not parsed or serialised again.
    /// </summary>
    public static byte[] Wrap(string type, string id, ReadOnlySpan<byte> payload)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":{JsonSerializer.Serialize(type)},\"payload\":");
        var message = new byte[head.Length + payload.Length + 1];
        head.CopyTo(message, 0);
        payload.CopyTo(message.AsSpan(head.Length));
        message[^1] = (byte)'}';
        return message;
    }
}
