using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Users;

/// <summary>Outside Development there is no key unless one is configured, and login must not invent one.</summary>
public sealed class LoginWithoutSigningKeyTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task LoginAnswersAnErrorInsteadOfSigningWithADefaultKey()
    {
        var response = await api.CreateClient().PostGraphQLAsync(UserDocuments.Login,
            new { input = new { email = DemoUsers.AdminEmail, password = DemoUsers.Password } });

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_CONFIGURED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("token", response.GetProperty("data").ToString());
    }
}
