using System.Net.Http.Headers;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

public sealed class TokenTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task WithoutATokenAProtectedFieldIsUnauthenticated()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(), "{ customers { totalCount } }");

        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("garbage")]
    public async Task ABadTokenIsUnauthenticatedEvenOnAPublicField(string kind)
    {
        var token = kind switch
        {
            "forged" => TestTokens.Forged(),
            "expired" => TestTokens.Expired(api),
            "audience" => TestTokens.WrongAudience(api),
            "issuer" => TestTokens.WrongIssuer(api),
            _ => "not.a.token",
        };
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var (status, body) = await AuthErrors.PostAsync(client, "{ products { totalCount } }");

        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Fact]
    public async Task AnUnknownApiKeyIsUnauthenticated()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, "not-a-key");

        var (status, body) = await AuthErrors.PostAsync(client, "{ products { totalCount } }");

        Assert.Equal(401, status);
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(body));
    }

    [Fact]
    public async Task AValidTokenOnAForbiddenFieldIsForbiddenAndNamesOnlyThatField()
    {
        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(Role.Agent), "{ users { totalCount } customers { totalCount } }");

        Snapshots.Match(body.GetProperty("errors")); // data holds the allowed field's count, which other tests change
    }

    [Fact]
    public async Task TheDevelopmentApiKeyActsAsAnAgent()
    {
        var data = await api.CreateClient(Role.ApiKey).QueryDataAsync("{ customers { totalCount } }");

        Assert.True(data.GetProperty("customers").GetProperty("totalCount").GetInt32() > 3);
    }
}
