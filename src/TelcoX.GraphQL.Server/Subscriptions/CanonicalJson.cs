using System.Collections;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// Variables and extensions as one JSON text with object keys sorted, so two requests that mean the
/// same thing compare equal whatever order the client wrote them in.
/// </summary>
public static class CanonicalJson
{
    public static string Of(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                // Numbers keep their parsed type (1 and 1.0 differ): at worst two equal requests do not share.
                writer.WriteRawValue(JsonSerializer.Serialize(value, value.GetType()), skipInputValidation: true);
                break;
        }
    }
}
