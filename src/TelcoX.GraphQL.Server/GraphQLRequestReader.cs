using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace TelcoX.GraphQL.Server;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body.</summary>
public sealed class GraphQLRequestReader(GraphQLRequestParser parser, long maxBodyBytes)
{
    public async Task<GraphQLRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
            return parser.FromQueryString(request.Query);

        EnsureJsonContentType(request.ContentType);
        using var buffered = await RequestBodyLimit.ReadAsync(request, maxBodyBytes, cancellationToken);
        using var body = await ParseBodyAsync(buffered, cancellationToken);
        return parser.FromBody(body.RootElement);
    }

    /// <summary>Only <c>application/json</c> in UTF-8 (the default when no charset is given).</summary>
    private static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            throw GraphQLHttpProblem.UnsupportedMediaType("A POST needs a Content-Type of application/json.");
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            throw GraphQLHttpProblem.UnsupportedMediaType($"Content-Type '{contentType}' is not supported; use application/json.");
        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw GraphQLHttpProblem.UnsupportedMediaType($"Charset '{mediaType.Charset}' is not supported; use utf-8.");
    }

    private static async Task<JsonDocument> ParseBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException)
        {
            // An empty body lands here too: it is not a JSON value either.
            throw GraphQLHttpProblem.BadRequest("The request body is not valid JSON.");
        }
    }
}
