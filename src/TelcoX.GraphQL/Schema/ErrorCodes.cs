namespace TelcoX.GraphQL.Schema;

/// <summary>The stable values of a GraphQL error's <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InsufficientBalance = "INSUFFICIENT_BALANCE";
    public const string InsufficientStock = "INSUFFICIENT_STOCK";
    /// <summary>The database could not be reached or dropped the query: the client may try again.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    /// <summary>A server bug; <c>extensions.errorId</c> finds its log line.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
