using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

[Collection(LiveStackCollection.Name)]
public sealed class CustomerPagesTests(LiveStack stack)
{
    private const string JesusLine = "0969786985";

    [E2EFact]
    public async Task SearchingAndFilteringNarrowTheCustomerList()
    {
        var page = await stack.SignedInPageAsync("/customers");
        var rows = page.GetByTestId("customer-table").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();

        await page.GetByLabel("Search customers").FillAsync("jacome");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Jesus Jacome");
        await Expect(rows.First).ToContainTextAsync(JesusLine);

        // By part of an msisdn, then narrowed by service type until nothing matches.
        await page.GetByLabel("Search customers").FillAsync("59398887");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(rows.First).ToContainTextAsync("Jhon Doe");
        await page.GetByLabel("Service type").SelectOptionAsync("prepago");
        await Expect(rows.First).ToContainTextAsync("Jhon Doe");
        await page.GetByLabel("Service type").SelectOptionAsync("soporte");
        await Expect(rows.First).ToContainTextAsync("No customer matches this search.");
    }

    [E2EFact]
    public async Task SortingAndPagingWalkThroughEveryCustomer()
    {
        var page = await stack.SignedInPageAsync("/customers");
        var firstName = page.GetByTestId("customer-table").Locator("tbody tr td").First;
        await Expect(firstName).Not.ToBeEmptyAsync();
        var ascending = await firstName.InnerTextAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Name" }).ClickAsync();
        await Expect(firstName).Not.ToHaveTextAsync(ascending);

        var next = page.GetByTestId("pager-next");
        var previous = page.GetByTestId("pager-previous");
        await Expect(previous).ToBeDisabledAsync();
        var descending = await firstName.InnerTextAsync();
        await next.ClickAsync();
        await Expect(firstName).Not.ToHaveTextAsync(descending);
        await Expect(previous).ToBeEnabledAsync();
        await previous.ClickAsync();
        await Expect(firstName).ToHaveTextAsync(descending);
    }

    [E2EFact]
    public async Task TheDetailPageFollowsTheLineLiveAsChangesHappenElsewhere()
    {
        var id = (await stack.ApiAsync($"{{ customerByMsisdn(msisdn: \"{JesusLine}\") {{ id }} }}"))
            .GetProperty("customerByMsisdn").GetProperty("id").GetInt32();
        var page = await stack.SignedInPageAsync($"/customers/{id}");
        var line = page.GetByTestId($"line-{JesusLine}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jesus Jacome" })).ToBeVisibleAsync();
        await Expect(line.GetByTestId("live")).ToBeVisibleAsync();
        await Expect(line.GetByTestId("balance")).ToHaveTextAsync("$12.75");
        await Expect(line.GetByTestId("usage-Social")).ToHaveTextAsync("1 MiB");
        await page.EvaluateAsync("window.sameDocument = true");

        // The subscription may take a moment to reach the API after the page shows: setting the same
        // balance again is harmless, so repeat until the page follows, then count one usage event.
        await Eventually(async () =>
        {
            await stack.ApiAsync($"mutation {{ setConsumption(input: {{ msisdn: \"{JesusLine}\", balance: 9.40 }}) {{ consumption {{ balance }} }} }}");
            await Expect(line.GetByTestId("balance")).ToHaveTextAsync("$9.40", new() { Timeout = 2_000 });
        });
        await stack.ApiAsync($"mutation {{ recordUsageEvent(input: {{ msisdn: \"{JesusLine}\", category: SOCIAL, bytes: 1048576 }}) {{ counted }} }}");
        await Expect(line.GetByTestId("usage-Social")).ToHaveTextAsync("2 MiB");
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "the page reloaded instead of following live");
    }

    private static async Task Eventually(Func<Task> attempt, int tries = 5)
    {
        for (var i = 1; ; i++)
        {
            try { await attempt(); return; }
            catch (PlaywrightException) when (i < tries) { }
        }
    }

    [E2EFact]
    public async Task SimulatingOnTheDetailPageRecordsUsageAndAsksBeforeLoweringConsumption()
    {
        var id = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"593912345678\") { id } }"))
            .GetProperty("customerByMsisdn").GetProperty("id").GetInt32();
        var page = await stack.SignedInPageAsync($"/customers/{id}");
        var line = page.GetByTestId("line-593912345678");
        await Expect(line.GetByTestId("live")).ToBeVisibleAsync();
        var balance = await line.GetByTestId("balance").InnerTextAsync();
        await line.GetByText("Simulate", new() { Exact = true }).ClickAsync();

        // Lourdes has no data plan: the payload error is shown as the API words it.
        await line.GetByRole(AriaRole.Button, new() { Name = "Record usage event" }).ClickAsync();
        await Expect(line.GetByRole(AriaRole.Alert)).ToHaveTextAsync("No active data plan for this phone_number");

        await line.GetByTestId("simulate-593912345678").ClickAsync();
        await Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("It cannot be undone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(line.GetByTestId("balance")).ToHaveTextAsync(balance);

        await line.GetByTestId("simulate-593912345678").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Expect(line.GetByRole(AriaRole.Status).Filter(new() { HasText = "593912345678" })).ToBeVisibleAsync();
        await Expect(line.GetByTestId("data-mb")).Not.ToHaveTextAsync("1,024.00 MB");
    }
}
