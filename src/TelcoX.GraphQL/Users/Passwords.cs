using Microsoft.AspNetCore.Identity;

namespace TelcoX.GraphQL.Users;

/// <summary>ASP.NET Core Identity's salted PBKDF2 hashing; stateless, so one instance serves all.</summary>
public static class Passwords
{
    private static readonly PasswordHasher<User> Hasher = new();
    private static readonly User Nobody = new() { Email = "", PasswordHash = "" };
    // Checked against when the e-mail is unknown, so that answer takes as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    public static PasswordVerificationResult Verify(User? user, string password)
    {
        try
        {
            var result = Hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? DecoyHash.Value, password);
            return user is null ? PasswordVerificationResult.Failed : result;
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed; // a stored value that is not an Identity hash never matches
        }
    }
}
