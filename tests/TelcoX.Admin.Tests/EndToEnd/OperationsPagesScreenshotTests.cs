using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

/// <summary>
/// Pictures of the billing, products, channels and notification pages, desktop and phone, by the same
/// mechanism as <see cref="ScreenshotTests"/> (scripts/screenshots.sh sets TELCOX_SCREENSHOTS_DIR).
/// </summary>
[Collection(LiveStackCollection.Name)]
public sealed class OperationsPagesScreenshotTests(LiveStack stack)
{
    private const float FirstLoad = 30_000;

    private readonly string folder = Environment.GetEnvironmentVariable("TELCOX_SCREENSHOTS_DIR")
        ?? Directory.CreateTempSubdirectory("telcox-admin-screens").FullName;

    [E2EFact]
    public async Task ScreenshotsOfBillingProductsChannelsAndNotifications()
    {
        Directory.CreateDirectory(folder);
        var invoice = (await stack.ApiAsync("""
            { coupons(first: 1, where: { status: { eq: ISSUED } }) { nodes { invoice { number customer { contractNumber } } } } }
            """)).GetProperty("coupons").GetProperty("nodes")[0].GetProperty("invoice");
        var number = invoice.GetProperty("number").GetString()!;
        var contract = invoice.GetProperty("customer").GetProperty("contractNumber").GetString()!;

        foreach (var phone in new[] { false, true })
        {
            var suffix = phone ? "-phone" : "";
            var page = await stack.SignedInPageAsync($"/billing?contract={contract}", phone);
            await Expect(page.GetByTestId("invoice-row").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "billing" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/billing/invoices/{number}");
            await Expect(page.GetByTestId("coupon-row").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "invoice-detail" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/products");
            await Expect(page.GetByTestId("product-row").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "products" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/products/1");
            await Expect(page.GetByTestId("stock")).Not.ToBeEmptyAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "product-detail" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/channels");
            await Expect(page.GetByTestId("channel-message").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "channels" + suffix);

            await page.GotoAsync($"{stack.Admin.BaseUrl}/notifications");
            await Expect(page.GetByTestId("notification").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });
            await Shoot(page, "notifications" + suffix);
        }

        var paying = await stack.SignedInPageAsync($"/billing/invoices/{number}");
        await paying.GetByTestId("pay").ClickAsync(new() { Timeout = FirstLoad });
        await Expect(paying.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await Shoot(paying, "pay-confirm-dialog", fullPage: false);
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
