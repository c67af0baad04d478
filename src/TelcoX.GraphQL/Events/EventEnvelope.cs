using System.Text.Json;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// An event on the Redis channel, tagged with the instance that published it so that instance can
/// ignore its own echo (its local subscribers already had the event).
/// </summary>
internal sealed record EventEnvelope(string Origin, IDomainEvent Event)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true, // Key is derived from the fields, not sent
    };

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static EventEnvelope? FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<EventEnvelope>(json, Json);
}
