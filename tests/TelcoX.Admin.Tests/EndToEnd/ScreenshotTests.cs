using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

/// <summary>
/// Pictures of the main pages, desktop and phone. scripts/screenshots.sh sets TELCOX_SCREENSHOTS_DIR to
/// docs/screenshots to refresh the README's; otherwise they go to a temporary folder.
/// </summary>
[Collection(LiveStackCollection.Name)]
public sealed class ScreenshotTests(LiveStack stack)
{
    private readonly string folder = Environment.GetEnvironmentVariable("TELCOX_SCREENSHOTS_DIR")
        ?? Directory.CreateTempSubdirectory("telcox-admin-screens").FullName;

    [E2EFact]
    public async Task ScreenshotsOfTheMainPagesOnADesktopAndAPhone()
    {
        Directory.CreateDirectory(folder);
        var jhon = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"0923456789\") { id } }"))
            .GetProperty("customerByMsisdn").GetProperty("id").GetInt32();
        var jesus = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"0969786985\") { id } }"))
            .GetProperty("customerByMsisdn").GetProperty("id").GetInt32();

        var signIn = await stack.NewPageAsync(phone: true);
        await signIn.GotoAsync(stack.Admin.BaseUrl + "/account/signin");
        await Shoot(signIn, "signin-phone");

        foreach (var phone in new[] { false, true })
        {
            var suffix = phone ? "-phone" : "";
            var page = await stack.SignedInPageAsync("/customers", phone);
            await Expect(page.GetByTestId("customer-table").Locator("tbody tr").First).ToBeVisibleAsync();
            await Shoot(page, "customers" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/customers/{jesus}");
            await Expect(page.GetByTestId("live").First).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(1_500); // let the figures' arrival highlight fade
            await Shoot(page, "customer-detail" + suffix);
        }

        var detail = await stack.SignedInPageAsync($"/customers/{jhon}");
        await detail.GetByText("Simulate", new() { Exact = true }).First.ClickAsync();
        await detail.GetByRole(AriaRole.Button, new() { Name = "Simulate consumption" }).First.ClickAsync();
        await Expect(detail.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await Shoot(detail, "confirm-dialog", fullPage: false);
    }

    private async Task Shoot(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 5_000, $"{name}.png is only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
    }
}
