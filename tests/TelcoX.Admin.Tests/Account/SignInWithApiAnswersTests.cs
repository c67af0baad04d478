using System.Net;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Account;

public sealed class SignInWithApiAnswersTests
{
    private const string Staff = """
        { "login": { "token": "header.payload.signature", "expiresAt": "2099-01-01T00:00:00Z",
          "user": { "email": "agent@telcox.dev", "role": "AGENT" }, "errors": null } }
        """;

    [Fact]
    public async Task StaffAreSignedInSentBackWhereTheyWereGoingAndShownByEmailAndRole()
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Answer("Login", Staff);
        var client = admin.CreateBrowserlessClient();

        using var response = await AdminWithFakeApi.PostSignInAsync(client, "agent@telcox.dev", "TelcoX-demo-2026", "?returnUrl=%2Fcustomers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/customers", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Contains("\"email\":\"agent@telcox.dev\"", admin.Api.VariablesOf("Login"));
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task AReturnAddressOffThisSiteLandsOnTheHomePage(string returnUrl)
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Answer("Login", Staff);

        using var response = await AdminWithFakeApi.PostSignInAsync(admin.CreateBrowserlessClient(), "agent@telcox.dev", "x", "?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task WrongCredentialsShowTheApisMessageAndSignNobodyIn()
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Answer("Login", """
            { "login": { "token": null, "expiresAt": null, "user": null,
              "errors": [{ "__typename": "AuthenticationError", "message": "Invalid email or password", "code": "UNAUTHENTICATED" }] } }
            """);
        var client = admin.CreateBrowserlessClient();

        using var response = await AdminWithFakeApi.PostSignInAsync(client, "admin@telcox.dev", "wrong");

        Assert.Contains("Invalid email or password", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/customers")).StatusCode);
    }

    [Fact]
    public async Task LoginThrottlingAsksToWaitInASentence()
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Fail("Login", "Too many sign-in attempts; try again later", "RATE_LIMITED");

        using var response = await AdminWithFakeApi.PostSignInAsync(admin.CreateBrowserlessClient(), "admin@telcox.dev", "wrong");

        Assert.Contains(WebUtility.HtmlEncode(ErrorMessages.TooManySignIns), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACustomerAccountIsNotLetIntoTheAdmin()
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Answer("Login", Staff.Replace("agent@telcox.dev", "jesus.jacome@telcox.dev").Replace("AGENT", "CUSTOMER"));
        var client = admin.CreateBrowserlessClient();

        using var response = await AdminWithFakeApi.PostSignInAsync(client, "jesus.jacome@telcox.dev", "TelcoX-demo-2026");

        Assert.Contains("This admin is for staff", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/customers")).StatusCode);
    }

    [Fact]
    public async Task SigningOutNeedsTheFormsAntiforgeryToken()
    {
        await using var admin = new AdminWithFakeApi();
        admin.Api.Answer("Login", Staff);
        var client = admin.CreateBrowserlessClient();
        await AdminWithFakeApi.PostSignInAsync(client, "agent@telcox.dev", "x");

        using var forged = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
