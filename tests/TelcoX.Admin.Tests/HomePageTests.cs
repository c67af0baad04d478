using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TelcoX.Admin.Tests;

public sealed class HomePageTests(WebApplicationFactory<Program> admin) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task HomePageNamesTheProductAndPointsAtTheApi()
    {
        using var response = await admin.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>TelcoX Admin</h1>", html);
        Assert.Contains("http://127.0.0.1:5080/graphql", html);
    }
}
