using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// A document that ran once is cached with the fields it selects; every later caller is still checked
/// against those fields, with the same errors as on a first run.
/// </summary>
public sealed class CachedDocumentAuthorizationTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string AdminOnly = "query CachedUsers { users(first: 1) { nodes { id } } }";

    [Fact]
    public async Task ACachedDocumentIsRefusedToCallersWithoutTheRightAndStillServedToThoseWithIt()
    {
        var (_, first) = await AuthErrors.PostAsync(api.CreateClient(Role.Admin), AdminOnly);
        var (_, agent) = await AuthErrors.PostAsync(api.CreateClient(Role.Agent), AdminOnly);
        var (_, anonymous) = await AuthErrors.PostAsync(api.CreateClient(Role.Anonymous), AdminOnly);
        var (_, again) = await AuthErrors.PostAsync(api.CreateClient(Role.Admin), AdminOnly);

        Assert.Empty(AuthErrors.Codes(first));
        Assert.Equal(["FORBIDDEN"], AuthErrors.Codes(agent));
        Assert.Equal("You are not allowed to use the field 'users'.", agent.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["UNAUTHENTICATED"], AuthErrors.Codes(anonymous));
        Assert.Equal("Sign in to use the field 'users'.", anonymous.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(agent.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null, agent.ToString());
        Assert.Empty(AuthErrors.Codes(again));
        Assert.Equal(first.GetProperty("data").ToString(), again.GetProperty("data").ToString());
    }
}
