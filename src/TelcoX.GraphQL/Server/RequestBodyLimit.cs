using Microsoft.AspNetCore.Http.Features;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// Reads a POST body up to <c>GraphQL:Limits:MaxBodyBytes</c>; past it, a 413 JSON error. Counted
/// here as well as by Kestrel, so that the limit holds behind any server (the test host has none).
/// </summary>
public static class RequestBodyLimit
{
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = maxBytes + 1;
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static GraphQLHttpProblem TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"The request body is larger than {maxBytes} bytes.");
}
