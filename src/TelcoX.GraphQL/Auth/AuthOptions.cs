namespace TelcoX.GraphQL.Auth;

/// <summary>The <c>Auth</c> section: how sign-in tokens are signed and for whom.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    /// <summary>HMAC-SHA256 wants a key at least as long as its output.</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>No default on purpose: without one, login refuses to sign.</summary>
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "telcox";
    public string Audience { get; set; } = "telcox-api";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
