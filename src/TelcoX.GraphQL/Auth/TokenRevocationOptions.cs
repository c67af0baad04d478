namespace TelcoX.GraphQL.Auth;

/// <summary><c>Auth:Revocation</c>: how soon a changed or deleted user's tokens stop working on this instance.</summary>
public sealed class TokenRevocationOptions
{
    public const string SectionName = "Auth:Revocation";

    /// <summary>How long a user's stamp is trusted before the row is read again.</summary>
    public TimeSpan StampCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an open websocket or event stream re-checks its user's stamp.</summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
