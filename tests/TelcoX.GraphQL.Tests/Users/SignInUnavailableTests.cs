using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Users;

/// <summary>Without a usable signing key (here one shorter than 32 bytes) nobody can sign in: login says so as a server error, not as wrong credentials.</summary>
public sealed class SignInUnavailableTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task LoginWithoutASigningKeyAnswersAuthNotConfigured()
    {
        await using var keyless = api.WithWebHostBuilder(host => host.UseSetting("Auth:SigningKey", "too-short-to-sign"));

        var (status, body) = await AuthErrors.PostAsync(keyless.CreateClient(), UserDocuments.Login,
            new { input = new { email = DemoUsers.AdminEmail, password = DemoUsers.Password } });

        Assert.Equal(200, status);
        Assert.Equal([Login.SignInUnavailableCode], AuthErrors.Codes(body));
        Assert.Equal("AUTH_NOT_CONFIGURED", Login.SignInUnavailableCode);
    }
}
