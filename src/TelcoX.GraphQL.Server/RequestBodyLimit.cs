using System.Buffers;
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
        // Sized from Content-Length and read through a pooled chunk: a fresh 16 KB array and a growing
        // stream per request were most of the allocation (and GC time) of a small query.
        var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)Math.Min(length, maxBytes) : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw TooLarge(maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static GraphQLHttpProblem TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"The request body is larger than {maxBytes} bytes.");
}
