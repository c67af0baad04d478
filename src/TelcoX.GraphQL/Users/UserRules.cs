using System.Globalization;
using System.Net.Mail;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public static class UserRules
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    /// <summary>Bounds the hashing work one request can ask for, whatever the characters (an emoji is up to ~10 units).</summary>
    public const int MaxPasswordUtf16Length = 1024;

    /// <summary>Trimmed, lower-cased and NFC, so one address is one user however it is typed.</summary>
    public static string Normalize(string? email)
    {
        var trimmed = (email ?? "").Trim().ToLowerInvariant();
        return ReadableText.FirstRefused(trimmed) is null ? ReadableText.Nfc(trimmed) : trimmed;
    }

    public static string Email(string? email)
    {
        var normalized = Normalize(email);
        if (normalized.Length == 0)
            throw Invalid("Email is required", "email");
        if (normalized.Length > MaxEmailLength || ReadableText.FirstRefused(normalized) is not null || !IsAddress(normalized))
            throw Invalid("Email is not a valid address", "email");
        return normalized;
    }

    /// <summary>
    /// 10 to 128 characters as people see them (an emoji is one), not all spaces, not on the blocklist;
    /// any characters, no composition rules (NIST SP 800-63B).
    /// </summary>
    public static string Password(string? password, string email)
    {
        if (password is { Length: > MaxPasswordUtf16Length })
            throw Invalid($"Password must be at most {MaxPasswordLength} characters", "password");
        var length = new StringInfo(password ?? "").LengthInTextElements;
        if (string.IsNullOrWhiteSpace(password) || length < MinPasswordLength)
            throw Invalid($"Password must be at least {MinPasswordLength} characters", "password");
        if (length > MaxPasswordLength)
            throw Invalid($"Password must be at most {MaxPasswordLength} characters", "password");
        if (GuessablePasswords.IsGuessable(password, email))
            throw Invalid("Password is too common or too easy to guess; try a phrase of several unrelated words", "password");
        return password;
    }

    // A bare addr-spec with a dotted domain: MailAddress alone also accepts "Name <a@b>" and "a@b".
    private static bool IsAddress(string email) =>
        !email.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.User.Length is > 0 and <= 64
        && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static DomainException Invalid(string message, string field) => new(new ValidationError(message, field));
}
