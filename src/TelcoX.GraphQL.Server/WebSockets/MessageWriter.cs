using System.Text;
using GraphQL;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>Serializes outgoing protocol messages; results and errors go through the GraphQL serializer (error codes, no internals).</summary>
public sealed class MessageWriter(IGraphQLTextSerializer serializer)
{
    public byte[] Write(string type, string? id = null, object? payload = null) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));
}
