using System.Text.Json;

namespace TelcoX.Client;

/// <summary>A graphql-transport-ws message as received; <see cref="Reason"/> is set for our own "connection closed" signal.</summary>
internal sealed record WebSocketMessage(string Type, string? Id, JsonElement Payload, string? Reason = null)
{
    public const string Closed = "closed";

    public static WebSocketMessage ConnectionClosed(string reason) => new(Closed, null, default, reason);

    public static WebSocketMessage Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        return new WebSocketMessage(type, id, payload);
    }
}
