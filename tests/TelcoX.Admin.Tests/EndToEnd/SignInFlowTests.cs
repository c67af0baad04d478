using Microsoft.Playwright;
using TelcoX.Admin.Components.Shared;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

[Collection(LiveStackCollection.Name)]
public sealed class SignInFlowTests(LiveStack stack)
{
    [E2EFact]
    public async Task SigningInShowsWhoYouAreSurvivesAReloadAndSigningOutEndsIt()
    {
        var page = await stack.NewPageAsync();
        await page.GotoAsync(stack.Admin.BaseUrl + "/customers");
        Assert.Contains("/account/signin", page.Url);

        await page.GetByLabel("E-mail").FillAsync(LiveStack.AdminEmail);
        await page.GetByLabel("Password").FillAsync(LiveStack.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("admin@telcox.dev ADMIN");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("admin@telcox.dev");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await page.GotoAsync(stack.Admin.BaseUrl + "/customers");
        Assert.Contains("/account/signin", page.Url);
    }

    [E2EFact]
    public async Task AWrongPasswordIsRefusedInASentence()
    {
        var page = await stack.NewPageAsync();

        await LiveStack.SignInAsync(page, stack.Admin.BaseUrl, LiveStack.AdminEmail, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Invalid email or password");
        Assert.Contains("/account/signin", page.Url);
    }

    [E2EFact]
    public async Task WhenTheApiIsDownTheAdminSaysSoAndShowsNoStackTrace()
    {
        await using var orphan = await LiveStack.StartAdminAsync($"http://127.0.0.1:{ServerProcess.FreePort()}/graphql");
        var page = await stack.NewPageAsync();

        await LiveStack.SignInAsync(page, orphan.BaseUrl, LiveStack.AdminEmail, LiveStack.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(ErrorMessages.ApiUnreachable);
        var text = await page.InnerTextAsync("body");
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(" at ", text);
    }
}
