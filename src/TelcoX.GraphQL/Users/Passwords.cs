using Microsoft.AspNetCore.Identity;

namespace TelcoX.GraphQL.Users;

/// <summary>
/// ASP.NET Core Identity's salted PBKDF2 hashing (format V3: PBKDF2-HMAC-SHA512, the iteration count
/// stored in each hash, so older hashes are recognised and redone at their next sign-in).
/// </summary>
public sealed class Passwords(IPasswordHasher<User> hasher)
{
    /// <summary>OWASP's Password Storage Cheat Sheet for PBKDF2-HMAC-SHA512 (600,000 is its figure for SHA-256).</summary>
    public const int OwaspIterations = 210_000;
    /// <summary><c>Auth:Passwords:IterationCount</c> lowers the cost for tests only; Development and Production keep OWASP's.</summary>
    public const string IterationCountKey = "Auth:Passwords:IterationCount";

    private static readonly User Nobody = new() { Email = "", PasswordHash = "" };
    // Checked against when the e-mail is unknown, so that answer takes as long as a wrong password.
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public string Hash(User user, string password) => hasher.HashPassword(user, password);

    /// <summary>Spends what hashing a new password costs, so a refusal takes as long as a success.</summary>
    public void HashForNothing(string password) => hasher.HashPassword(Nobody, password);

    public PasswordVerificationResult Verify(User? user, string password)
    {
        try
        {
            var result = hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? decoyHash.Value, password);
            return user is null ? PasswordVerificationResult.Failed : result;
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed; // a stored value that is not an Identity hash never matches
        }
    }
}
