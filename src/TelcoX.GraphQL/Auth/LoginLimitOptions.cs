namespace TelcoX.GraphQL.Auth;

/// <summary><c>Auth:LoginLimits</c>: login attempts allowed per window, per client address and per account.</summary>
public sealed class LoginLimitOptions
{
    public int PerClient { get; set; } = 20;
    public int PerAccount { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
