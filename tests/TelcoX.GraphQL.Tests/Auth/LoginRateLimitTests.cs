using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Sign-in and registration budgets, per client address as the trusted proxy reports it.</summary>
public sealed class LoginRateLimitTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Login = "mutation($input: LoginInput!) { login(input: $input) { token } }";
    private const string Register = "mutation($input: RegisterInput!) { register(input: $input) { user { id } } }";
    private const string Stranger = "203.0.113.7", Owner = "198.51.100.2";
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AStrangerHammeringAnAccountCannotLockItsOwnerOutFromElsewhere()
    {
        await using var limited = Limited(("FailuresBeforeBackoff", "3"));

        for (var i = 0; i < 10; i++)
            await SignInAsync(limited, Stranger, DemoUsers.AgentEmail, "wrong-password");
        var strangerWithRightPassword = await SignInAsync(limited, Stranger, DemoUsers.AgentEmail, DemoUsers.Password);
        var owner = await SignInAsync(limited, Owner, DemoUsers.AgentEmail, DemoUsers.Password);

        Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(strangerWithRightPassword));
        Assert.Empty(AuthErrors.Codes(owner));
        Assert.Equal(JsonValueKind.String, owner.GetProperty("data").GetProperty("login").GetProperty("token").ValueKind);
    }

    [Fact]
    public async Task EachFailurePastTheFreeOnesDoublesTheWaitAndSaysHowLong()
    {
        await using var limited = Limited(("FailuresBeforeBackoff", "2"), ("Backoff", "00:00:30"), ("MaxBackoff", "00:10:00"));
        var email = $"backoff-{TestRows.Unique()}@example.test";

        for (var i = 0; i < 3; i++) // the third failure is answered, then locks the pair for 30 s
            Assert.DoesNotContain("RATE_LIMITED", AuthErrors.Codes(await SignInAsync(limited, Stranger, email, "wrong-password")));
        var waits = new List<string>();
        foreach (var wait in new[] { 30, 60, 120 })
        {
            waits.Add(Message(await SignInAsync(limited, Stranger, email, "wrong-password")));
            clock.Advance(TimeSpan.FromSeconds(wait - 1));
            Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(await SignInAsync(limited, Stranger, email, "wrong-password")));
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.DoesNotContain("RATE_LIMITED", AuthErrors.Codes(await SignInAsync(limited, Stranger, email, "wrong-password")));
        }

        Assert.Equal(
        [
            "Too many failed sign-ins for this account from your address; try again in 30 seconds",
            "Too many failed sign-ins for this account from your address; try again in 60 seconds",
            "Too many failed sign-ins for this account from your address; try again in 2 minutes",
        ], waits);
    }

    [Fact]
    public async Task OneAddressCannotSprayManyAccountsWhileOthersStillSignIn()
    {
        await using var limited = Limited(("PerClient", "3"));

        for (var i = 0; i < 3; i++)
            Assert.DoesNotContain("RATE_LIMITED", AuthErrors.Codes(await SignInAsync(limited, Stranger, $"nobody{i}@example.test", "wrong-password")));
        var sprayed = await SignInAsync(limited, Stranger, "someone-else@example.test", "wrong-password");
        var elsewhere = await SignInAsync(limited, Owner, DemoUsers.AdminEmail, DemoUsers.Password);

        Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(sprayed));
        Assert.Equal("Too many sign-in attempts from your address; try again in 60 seconds", Message(sprayed));
        Assert.Empty(AuthErrors.Codes(elsewhere));
    }

    [Fact]
    public async Task RegistrationsArePerAddressAndApartFromSignIn()
    {
        await using var limited = Limited(("RegisterPerClient", "2"));

        for (var i = 0; i < 2; i++)
            Assert.Empty(AuthErrors.Codes(await PostAsync(limited, Stranger, Register, NewUser())));
        var third = await PostAsync(limited, Stranger, Register, NewUser());
        var elsewhere = await PostAsync(limited, Owner, Register, NewUser());
        var signIn = await SignInAsync(limited, Stranger, DemoUsers.AdminEmail, DemoUsers.Password);

        Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(third));
        Assert.Equal("Too many registrations from your address; try again in 60 seconds", Message(third));
        Assert.Empty(AuthErrors.Codes(elsewhere));
        Assert.Empty(AuthErrors.Codes(signIn));
    }

    private static object NewUser() => new { input = new { email = $"throttled-{TestRows.Unique()}@example.test", password = "kitten saucer lamp" } };

    /// <summary>The API behind a trusted proxy (loopback by default), on a clock the test moves, with some limits lowered.</summary>
    private WebApplicationFactory<Program> Limited(params (string Key, string Value)[] limits) => api.WithWebHostBuilder(host =>
    {
        host.UseSetting("ForwardedHeaders:Enabled", "true");
        foreach (var (key, value) in limits)
            host.UseSetting($"Auth:LoginLimits:{key}", value);
        host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    });

    private static Task<JsonElement> SignInAsync(WebApplicationFactory<Program> app, string address, string email, string password) =>
        PostAsync(app, address, Login, new { input = new { email, password } });

    private static async Task<JsonElement> PostAsync(WebApplicationFactory<Program> app, string address, string query, object variables)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var (status, body) = await AuthErrors.PostAsync(client, query, variables);
        Assert.Equal(200, status);
        return body;
    }

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
