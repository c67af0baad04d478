using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// The API on a clock the test advances: one-minute tokens, stamps trusted for 2 s, open connections
/// re-checked every 10 s. Advancing it expires every earlier token, so tests sign in users of their own
/// (<see cref="SignInAsync"/>) and do staff work with the API key.
/// </summary>
public sealed class FakeClockApiFactory : RealtimeApiFactory
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan StampCacheDuration = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(10);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:TokenLifetime", TokenLifetime.ToString());
        builder.UseSetting("Auth:Revocation:StampCacheDuration", StampCacheDuration.ToString());
        builder.UseSetting("Auth:Revocation:RecheckInterval", RecheckInterval.ToString());
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A new user of <paramref name="role"/> (a CUSTOMER gets a customer of their own), stored, and a token login would give them.</summary>
    public async Task<(User User, string Token)> SignInAsync(UserRole role)
    {
        var customer = role == UserRole.Customer ? TestRows.Customer() : null;
        var user = TestRows.User(role, customer);
        await this.AddRowsAsync(user);
        return (user, Services.GetRequiredService<TokenIssuer>().Issue(user).Token);
    }
}
