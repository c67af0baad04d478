namespace TelcoX.GraphQL.Auth;

/// <summary>
/// <c>Auth:LoginLimits</c>. Failed sign-ins back off per account <em>and</em> client address, so a
/// stranger elsewhere cannot lock the owner out; each address also has a budget of attempts across
/// accounts (login) and of registrations, per window.
/// </summary>
public sealed class LoginLimitOptions
{
    /// <summary>Sign-in attempts one address may make per window, whatever the accounts.</summary>
    public int PerClient { get; set; } = 20;
    /// <summary>Registrations one address may ask for per window.</summary>
    public int RegisterPerClient { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failures one address may have on one account before each further failure locks that pair.</summary>
    public int FailuresBeforeBackoff { get; set; } = 5;
    /// <summary>The first lock; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>A pair with no failure for this long starts again from nothing.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
