using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// Checks the shape of a request's parameters (GraphQL over HTTP, "Request Parameters") and builds
/// a <see cref="GraphQLRequest"/>; anything malformed is a 400 before the engine runs.
/// </summary>
public sealed class GraphQLRequestParser(IGraphQLSerializer serializer)
{
    /// <summary>A POST body: one JSON object with <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>.</summary>
    public GraphQLRequest FromBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw GraphQLHttpProblem.BadRequest("The request body must be a JSON object.");
        return Create(
            Property(body, "query"),
            Property(body, "operationName"),
            Property(body, "variables"),
            Property(body, "extensions"),
            Property(body, "documentId"));
    }

    /// <summary>A GET query string: <c>variables</c> and <c>extensions</c> arrive as JSON text.</summary>
    public GraphQLRequest FromQueryString(IQueryCollection query) =>
        Create(
            Text(query, "query"),
            Text(query, "operationName"),
            Json(query, "variables"),
            Json(query, "extensions"),
            Text(query, "documentId"));

    private GraphQLRequest Create(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions,
        JsonElement? documentId)
    {
        try
        {
            var extensionMap = Map(extensions, "extensions");
            return new()
            {
                // A persisted document is named by its id instead (PersistedDocumentStore resolves it).
                Query = documentId is null && !PersistedDocumentStore.HasPersistedQuery(extensionMap) ? RequiredQuery(query) : OptionalQuery(query),
                DocumentId = documentId is null ? null
                    : documentId.Value.ValueKind == JsonValueKind.String ? documentId.Value.GetString()
                    : throw GraphQLHttpProblem.BadRequest("The 'documentId' parameter must be a string."),
                OperationName = operationName?.ValueKind == JsonValueKind.String
                    ? operationName.Value.GetString()
                    : operationName is null ? null : throw GraphQLHttpProblem.BadRequest("The 'operationName' parameter must be a string."),
                Variables = Map(variables, "variables"),
                Extensions = extensionMap,
            };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // JsonDocument accepts an escaped lone surrogate ("\ud800"); reading it as a string then throws.
            throw GraphQLHttpProblem.BadRequest("The request holds a string that is not valid Unicode.");
        }
    }

    private static string? OptionalQuery(JsonElement? query) => query is null ? null : RequiredQuery(query);

    /// <summary>Without a persisted document's id, a request carries its document text.</summary>
    private static string RequiredQuery(JsonElement? query)
    {
        if (query is null)
            throw GraphQLHttpProblem.BadRequest("The 'query' parameter is missing.");
        if (query.Value.ValueKind != JsonValueKind.String)
            throw GraphQLHttpProblem.BadRequest("The 'query' parameter must be a string.");
        var text = query.Value.GetString();
        return string.IsNullOrWhiteSpace(text) ? throw GraphQLHttpProblem.BadRequest("The 'query' parameter is empty.") : text;
    }

    private Inputs? Map(JsonElement? value, string name) =>
        value switch
        {
            null => null,
            { ValueKind: JsonValueKind.Object } map => serializer.ReadNode<Inputs>(map),
            _ => throw GraphQLHttpProblem.BadRequest($"The '{name}' parameter must be an object."),
        };

    /// <summary>The property's value; JSON null counts as absent, as the spec allows.</summary>
    private static JsonElement? Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? Text(IQueryCollection query, string name) =>
        Single(query, name) is { } text ? JsonSerializer.SerializeToElement(text) : null;

    private static JsonElement? Json(IQueryCollection query, string name)
    {
        if (Single(query, name) is not { } text)
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw GraphQLHttpProblem.BadRequest($"The '{name}' parameter is not valid JSON.");
        }
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) switch
        {
            false => null,
            true when values.Count == 1 => values[0],
            true => throw GraphQLHttpProblem.BadRequest($"The '{name}' parameter must be given once."),
        };
}
