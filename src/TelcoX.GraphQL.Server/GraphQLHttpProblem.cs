namespace TelcoX.GraphQL.Server;

/// <summary>
/// A request the transport refuses before the engine sees it (bad body, wrong method, unusable
/// media type). The handler turns it into a JSON error response with <see cref="StatusCode"/>.
/// </summary>
public sealed class GraphQLHttpProblem(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>Sent as the error's <c>extensions.code</c> so clients can branch without parsing text.</summary>
    public string Code { get; } = code;

    /// <summary>The methods to list in an <c>Allow</c> header on a 405.</summary>
    public string? Allow { get; init; }

    public static GraphQLHttpProblem BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    public static GraphQLHttpProblem MethodNotAllowed(string message, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", message) { Allow = allow };

    public static GraphQLHttpProblem NotAcceptable(string message) =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", message);

    public static GraphQLHttpProblem UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", message);
}
