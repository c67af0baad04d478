using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

public sealed class LoginRateLimitTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Login = "mutation($input: LoginInput!) { login(input: $input) { token } }";

    [Fact]
    public async Task AnAccountPastItsAttemptsIsRateLimitedWithAGraphQLError()
    {
        await using var limited = api.WithWebHostBuilder(host => host.UseSetting("Auth:LoginLimits:PerAccount", "3"));
        var client = limited.CreateClient();
        var wrong = new { input = new { email = DemoUsers.AgentEmail, password = "wrong-password" } };

        for (var i = 0; i < 3; i++)
            Assert.DoesNotContain("RATE_LIMITED", AuthErrors.Codes((await AuthErrors.PostAsync(client, Login, wrong)).Body));
        var (status, body) = await AuthErrors.PostAsync(client, Login, new { input = new { email = DemoUsers.AgentEmail, password = DemoUsers.Password } });

        Assert.Equal(200, status);
        Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(body));
        // Another account from the same client is still let through.
        var other = await AuthErrors.PostAsync(client, Login, new { input = new { email = DemoUsers.AdminEmail, password = DemoUsers.Password } });
        Assert.Empty(AuthErrors.Codes(other.Body));
    }

    [Fact]
    public async Task AClientPastItsAttemptsIsRateLimitedWhateverTheAccount()
    {
        await using var limited = api.WithWebHostBuilder(host => host.UseSetting("Auth:LoginLimits:PerClient", "2"));
        var client = limited.CreateClient();

        for (var i = 0; i < 2; i++)
            await AuthErrors.PostAsync(client, Login, new { input = new { email = $"nobody{i}@example.test", password = "x" } });
        var (_, body) = await AuthErrors.PostAsync(client, Login, new { input = new { email = "someone-else@example.test", password = "x" } });

        Assert.Equal(["RATE_LIMITED"], AuthErrors.Codes(body));
    }
}
