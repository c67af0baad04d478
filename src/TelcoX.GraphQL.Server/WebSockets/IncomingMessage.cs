using System.Text.Json;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>A client message of either protocol: <c>{ "type", "id"?, "payload"? }</c>.</summary>
public sealed record IncomingMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>Null when the text is not such an object (a protocol error for the caller to report).</summary>
    public static IncomingMessage? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return null;
            string? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind != JsonValueKind.String) return null;
                id = idElement.GetString();
            }
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return new IncomingMessage(type.GetString()!, id, payload);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
