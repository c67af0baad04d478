using Microsoft.Playwright;
using TelcoX.Admin.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TelcoX.Admin.Tests.EndToEnd;

[Collection(LiveStackCollection.Name)]
public sealed class BillingPagesTests(LiveStack stack)
{
    // A page's first load opens a circuit: slow on a busy two-core machine.
    private const float FirstLoad = 30_000;

    [E2EFact]
    public async Task AnAdminFindsAnInvoiceByContractPaysItAfterConfirmingAndSeesItPaid()
    {
        var contract = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"593912345678\") { contractNumber } }"))
            .GetProperty("customerByMsisdn").GetProperty("contractNumber").GetString()!;
        var number = (await stack.ApiAsync($$"""
            mutation { issueInvoice(input: { contractNumber: "{{contract}}", period: "2027-01", subtotal: 10, tax: 1.2, dueDate: "2027-01-28T00:00:00Z" }) {
              errors { ... on Error { message } } invoice { number } } }
            """)).GetProperty("issueInvoice").GetProperty("invoice").GetProperty("number").GetString()!;

        var page = await stack.SignedInPageAsync("/billing");
        await Expect(page.GetByLabel("Contract number")).ToBeEditableAsync(new() { Timeout = FirstLoad });
        await page.GetByLabel("Contract number").FillAsync(contract);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find invoices" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Invoice {number}" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Unpaid");
        await Expect(page.GetByTestId("invoice-total")).ToHaveTextAsync("$11.20");
        await page.GetByTestId("pay-method").SelectOptionAsync(new SelectOptionValue { Label = "Card" });
        await page.GetByTestId("pay").ClickAsync();
        await Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync($"Record a payment of $11.20 by Card for invoice {number}?");
        await page.GetByTestId("confirm-yes").ClickAsync();

        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Paid");
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync($"Invoice {number} is paid: $11.20 by Card.");
        await Expect(page.GetByTestId("invoice-paid")).ToContainTextAsync("by Card");
        await Expect(page.GetByTestId("payment-row")).ToContainTextAsync("$11.20");
        var stored = (await stack.ApiAsync($"{{ invoice(number: \"{number}\") {{ status paymentMethod }} }}")).GetProperty("invoice");
        Assert.Equal("PAID", stored.GetProperty("status").GetString());
        Assert.Equal("TARJETA", stored.GetProperty("paymentMethod").GetString());

        // Back on the list the invoice reads paid too.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Invoices" }).ClickAsync();
        await Expect(page.GetByTestId("invoice-row").Filter(new() { HasText = number })).ToContainTextAsync("Paid");
    }

    [E2EFact]
    public async Task AWrongAmountIsRefusedInTheApisWordsAndNothingIsPaid()
    {
        var contract = (await stack.ApiAsync("{ customerByMsisdn(msisdn: \"593988877766\") { contractNumber } }"))
            .GetProperty("customerByMsisdn").GetProperty("contractNumber").GetString()!;
        var number = (await stack.ApiAsync($$"""
            mutation { issueInvoice(input: { contractNumber: "{{contract}}", period: "2027-02", subtotal: 20, tax: 2.4, dueDate: "2027-02-25T00:00:00Z" }) {
              invoice { number } } }
            """)).GetProperty("issueInvoice").GetProperty("invoice").GetProperty("number").GetString()!;

        var page = await stack.SignedInPageAsync($"/billing/invoices/{number}", phone: true);
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Unpaid", new() { Timeout = FirstLoad });
        await page.GetByTestId("pay-amount").FillAsync("20");
        await page.GetByTestId("pay").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();

        await Expect(page.GetByTestId("pay-form").GetByRole(AriaRole.Alert)).ToHaveTextAsync("The amount must equal the invoice total, 22.40");
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Unpaid");
        var stored = (await stack.ApiAsync($"{{ invoice(number: \"{number}\") {{ status }} }}")).GetProperty("invoice");
        Assert.Equal("UNPAID", stored.GetProperty("status").GetString());
    }
}
