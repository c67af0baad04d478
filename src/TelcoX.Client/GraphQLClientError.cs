namespace TelcoX.Client;

/// <summary>One GraphQL error as the UI shows it; <see cref="Code"/> is the error's <c>extensions.code</c>.</summary>
public sealed record GraphQLClientError(string Message, string? Code, IReadOnlyList<object>? Path)
{
    /// <summary>The API could not be reached or did not answer with a GraphQL response.</summary>
    public const string TransportErrorCode = "TRANSPORT_ERROR";

    public static GraphQLClientError Transport(string message) => new(message, TransportErrorCode, null);

    public override string ToString() =>
        Code is null ? Message : $"{Message} ({Code}{(Path is { Count: > 0 } ? " at " + string.Join('.', Path) : "")})";
}
