using System.Net;
using System.Text.RegularExpressions;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Account;

public sealed partial class SignInPageTests(AdminWithoutApi admin) : IClassFixture<AdminWithoutApi>
{
    [Theory]
    [InlineData("/", "%2F")]
    [InlineData("/customers", "%2Fcustomers")]
    public async Task AVisitorWhoIsNotSignedInIsSentToSignInAndBack(string page, string returnUrl)
    {
        using var response = await admin.CreateBrowserlessClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/signin?ReturnUrl={returnUrl}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheSignInPageAsksForEmailAndPassword()
    {
        var html = await admin.CreateBrowserlessClient().GetStringAsync("/account/signin");

        Assert.Contains("<h1>Sign in</h1>", html);
        Assert.Contains("type=\"email\"", html);
        Assert.Contains("type=\"password\"", html);
    }

    [Fact]
    public async Task SigningInWhileTheApiIsDownSaysSoInASentence()
    {
        var client = admin.CreateBrowserlessClient();
        var form = await client.GetStringAsync("/account/signin");

        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["Input.Email"] = "admin@telcox.dev",
            ["Input.Password"] = "TelcoX-demo-2026",
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ErrorMessages.ApiUnreachable), html);
        Assert.DoesNotContain("Exception", html);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("TelcoX.Admin=", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
