using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelcoX.Client;

/// <summary>The JSON settings of requests and responses, and the reading of a GraphQL response payload.</summary>
public static class GraphQLJson
{
    // Null input fields are left out, so the server sees "not given" rather than an explicit null.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Dictionary<string, object?> RequestPayload(GraphQLOperationRequest request, bool byId)
    {
        var (operation, variables) = request;
        var payload = new Dictionary<string, object?>
        {
            [byId ? "documentId" : "query"] = byId ? operation.DocumentId : operation.Document,
            ["operationName"] = operation.Name,
        };
        if (variables.Count > 0)
            payload["variables"] = variables;
        return payload;
    }

    /// <summary>Reads a <c>{ data, errors }</c> payload; the data stays JSON until the generated client types it.</summary>
    public static OperationResult<JsonElement> ReadResult(JsonElement payload)
    {
        var errors = payload.TryGetProperty("errors", out var list) ? ReadErrors(list) : [];
        return payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? new OperationResult<JsonElement>(data.Clone(), errors)
            : new OperationResult<JsonElement>(default, errors);
    }

    /// <summary>Types a result's data; data that does not fit the generated types is reported, not thrown.</summary>
    public static OperationResult<T> Convert<T>(OperationResult<JsonElement> result)
    {
        if (result.Data.ValueKind != JsonValueKind.Object)
            return new OperationResult<T>(default, result.Errors);
        try
        {
            return new OperationResult<T>(result.Data.Deserialize<T>(Options), result.Errors);
        }
        catch (JsonException exception)
        {
            return new OperationResult<T>(default, [.. result.Errors, GraphQLClientError.Transport($"The response does not match the generated types: {exception.Message}")]);
        }
    }

    public static IReadOnlyList<GraphQLClientError> ReadErrors(JsonElement errors) =>
        errors.ValueKind != JsonValueKind.Array ? [] : errors.EnumerateArray().Select(ReadError).ToList();

    private static GraphQLClientError ReadError(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown error.";
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var path = error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Number ? (object)s.GetInt32() : s.ToString()).ToList()
            : null;
        return new GraphQLClientError(message, code, path);
    }
}
