using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

[Collection(LiveStackCollection.Name)]
public sealed class ChannelPagesTests(LiveStack stack)
{
    private const float FirstLoad = 30_000;

    [E2EFact]
    public async Task ARegisteredCallIsConfirmedInTheSeedsWordsAndHeadsTheCalls()
    {
        var id = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"0969786985\") { id } }"))
            .GetProperty("customerByMsisdn").GetProperty("id").GetInt32();
        var page = await stack.SignedInPageAsync("/channels?kind=CALL", phone: true);
        await Expect(page.GetByTestId("channel-message").First).ToBeVisibleAsync(new() { Timeout = FirstLoad });

        await page.GetByTestId("channel-customer").FillAsync("999999");
        await page.GetByTestId("channel-kind").SelectOptionAsync(new SelectOptionValue { Label = "Call" });
        await page.GetByTestId("channel-content").FillAsync("Llamó para consultar su saldo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByTestId("register-channel").GetByRole(AriaRole.Alert)).ToHaveTextAsync("El cliente con id 999999 no existe");

        await page.GetByTestId("channel-customer").FillAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByTestId("channel-notice")).ToHaveTextAsync("Información recibida exitosamente (Jesus Jacome)");
        await Expect(page.GetByTestId("channel-message").First).ToContainTextAsync("Llamó para consultar su saldo");
        await Expect(page.GetByTestId("channel-message").First).ToContainTextAsync("Jesus Jacome");

        // The customer's own history has it too.
        await page.GetByTestId("channels-customer").FillAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByTestId("channels-heading")).ToHaveTextAsync("Messages with Jesus Jacome, newest first");
        await Expect(page.GetByTestId("channel-message").First).ToContainTextAsync("Llamó para consultar su saldo");
    }
}
