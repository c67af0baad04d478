namespace TelcoX.GraphQL.Auth;

/// <summary>The <c>Auth</c> section: how sign-in tokens are signed and for whom, machine keys, login limits.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    /// <summary>HMAC-SHA256 wants a key at least as long as its output.</summary>
    public const int MinSigningKeyBytes = 32;
    /// <summary>Every development secret carries this marker, so that none can slip into Production.</summary>
    public const string DevelopmentMarker = "DEVELOPMENT-ONLY";

    /// <summary>No default on purpose: without one, login refuses to sign and Production refuses to start.</summary>
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "telcox";
    public string Audience { get; set; } = "telcox-api";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Machine clients' <c>X-API-Key</c> values by client name (seed 004).</summary>
    public Dictionary<string, ApiKeyOptions> ApiKeys { get; set; } = [];

    public LoginLimitOptions LoginLimits { get; set; } = new();
}
