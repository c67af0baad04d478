using TelcoX.Client;

namespace TelcoX.Admin.Components.Shared;

/// <summary>
/// Turns API errors into sentences an admin can act on. Only errors whose code says the message was
/// written for users (domain rules) are shown as sent; anything else — an unexpected failure, a
/// validation error of the document, a code we do not know — becomes a plain generic sentence, so
/// that no stack trace or raw GraphQL text ever reaches the screen.
/// </summary>
public static class ErrorMessages
{
    public const string Unexpected = "Something went wrong on the server. Try again in a moment.";
    public const string ApiUnreachable = "The TelcoX API cannot be reached right now. Check that it is running, then try again.";
    public const string SessionExpired = "Your session has expired. Sign in again to continue.";
    public const string Forbidden = "Your account is not allowed to do this.";
    public const string TooManySignIns = "Too many sign-in attempts. Wait a minute, then try again.";

    // Codes the API uses for messages meant for people (seed messages kept verbatim, see domain rules).
    private static readonly HashSet<string> UserFacingCodes =
    [
        "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "INSUFFICIENT_BALANCE", "INSUFFICIENT_STOCK",
    ];

    public static string Describe(GraphQLClientError error) => Describe(error.Code, error.Message);

    public static string Describe(string? code, string? message) => code switch
    {
        "TRANSPORT_ERROR" => ApiUnreachable,
        "UNAUTHENTICATED" => SessionExpired,
        "FORBIDDEN" => Forbidden,
        "RATE_LIMITED" => TooManySignIns,
        "AUTH_NOT_CONFIGURED" => "Sign-in is not available: the API has no token signing key configured.",
        not null when UserFacingCodes.Contains(code) && IsPlainSentence(message) => message!,
        _ => Unexpected,
    };

    /// <summary>Distinct sentences for a list of errors, in order.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<GraphQLClientError>? errors) =>
        errors?.Select(Describe).Distinct().ToList() ?? [];

    // A guard even for user-facing codes: a multi-line or overlong text is not a message for people.
    private static bool IsPlainSentence(string? message) =>
        !string.IsNullOrWhiteSpace(message) && message.Length <= 300 && !message.Contains('\n') && !message.Contains("   at ");
}
