using System.Text;
using System.Text.Json;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary>Opaque cursors: base64 of the order they were made under and the row's sort-key values (id last).</summary>
internal static class CursorCodec
{
    public static string Encode(string signature, object?[] values) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new CursorData(signature, values)));

    public static object?[] Decode(string cursor, string signature, IReadOnlyList<SortKey> keys)
    {
        CursorData<JsonElement>? data;
        try
        {
            data = JsonSerializer.Deserialize<CursorData<JsonElement>>(Convert.FromBase64String(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new BadUserInputError("The cursor is not valid.");
        }
        // Valid JSON of another shape (e.g. {"O":"id:ASC"} without K) is as invalid as bad base64.
        if (data is not { O: not null, K: not null })
            throw new BadUserInputError("The cursor is not valid.");
        if (data.O != signature || data.K.Length != keys.Count)
            throw new BadUserInputError("The cursor was made under a different order; a cursor is only valid with the order it came from.");
        try
        {
            return keys.Select((key, i) => data.K[i].Deserialize(key.Type)).ToArray();
        }
        catch (JsonException)
        {
            throw new BadUserInputError("The cursor is not valid.");
        }
    }

    private sealed record CursorData(string O, object?[] K);

    private sealed record CursorData<TValue>(string O, TValue[] K);
}
