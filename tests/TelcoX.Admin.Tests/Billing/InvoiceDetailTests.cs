using Bunit;
using TelcoX.Admin.Components.Pages.Billing;
using TelcoX.Admin.Tests.Infrastructure;
using static TelcoX.Admin.Tests.Billing.BillingJson;

namespace TelcoX.Admin.Tests.Billing;

public sealed class InvoiceDetailTests : FakeApiContext
{
    private const string Paid = """
        { "payInvoice": { "errors": null,
            "invoice": { "number": "FAC-2026-11-00014", "status": "PAID", "paymentMethod": "TARJETA", "paidAt": "2026-11-24T19:00:00Z" },
            "payment": { "id": 7, "amount": 22.4 } } }
        """;

    [Fact]
    public void TheInvoiceShowsItsAmountsCustomerAndStatus()
    {
        Api.Answer("GetInvoice", Invoice());

        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        Assert.Equal("$22.40", page.Find("[data-testid=invoice-total]").TextContent);
        Assert.Equal("Unpaid", page.Find("[data-testid=invoice-status]").TextContent);
        Assert.Contains("Pablo Parra", page.Markup);
        Assert.Contains("CN-0000020", page.Markup);
        Assert.Contains("$2.40", page.Markup);
        Assert.Equal("Not yet", page.Find("[data-testid=invoice-paid]").TextContent);
        Assert.Equal("""{"number":"FAC-2026-11-00014"}""", Sent("GetInvoice"));
    }

    [Fact]
    public void PayingAsksFirstThenPaysTheExactTotalAndShowsTheInvoicePaid()
    {
        var paid = false;
        Api.Answer("GetInvoice", _ => paid
            ? Invoice("PAID", "2026-11-24T19:00:00Z", "TARJETA", """[{ "id": 7, "amount": 22.4, "method": "TARJETA", "paidAt": "2026-11-24T19:00:00Z", "coupon": null }]""")
            : Invoice());
        Api.Answer("PayInvoice", _ => { paid = true; return Paid; });
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=pay-method]").Change("Tarjeta");
        page.Find("[data-testid=pay-form]").Submit();

        Assert.DoesNotContain(Api.Requests, r => r.Operation.Name == "PayInvoice");
        Assert.Contains("Record a payment of $22.40 by Card for invoice FAC-2026-11-00014?", page.Find("[data-testid=confirm-dialog]").TextContent);
        page.Find("[data-testid=confirm-yes]").Click();

        page.WaitForAssertion(() => Assert.Equal("Paid", page.Find("[data-testid=invoice-status]").TextContent), Patience);
        Assert.Equal("""{"input":{"invoiceNumber":"FAC-2026-11-00014","amount":22.40,"method":"TARJETA"}}""", Sent("PayInvoice"));
        Assert.Contains("Invoice FAC-2026-11-00014 is paid: $22.40 by Card.", page.Find("[data-testid=notice]").TextContent);
        Assert.Contains("2026-11-24 19:00:00 UTC by Card", page.Find("[data-testid=invoice-paid]").TextContent);
        Assert.Single(page.FindAll("[data-testid=payment-row]"));
        Assert.Empty(page.FindAll("[data-testid=pay-form]"));
    }

    [Fact]
    public void CancellingTheQuestionPaysNothing()
    {
        Api.Answer("GetInvoice", Invoice());
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=pay-form]").Submit();
        page.FindAll("[data-testid=confirm-dialog] button").Single(b => b.TextContent == "Cancel").Click();

        Assert.Empty(page.FindAll("[data-testid=confirm-dialog]"));
        Assert.DoesNotContain(Api.Requests, r => r.Operation.Name == "PayInvoice");
    }

    [Fact]
    public void AWrongAmountIsRefusedWithTheApisSentence()
    {
        Api.Answer("GetInvoice", Invoice());
        Api.Answer("PayInvoice", Refused("payInvoice", "ValidationError", "The amount must equal the invoice total, 22.40", "BAD_USER_INPUT", """, "invoice": null, "payment": null"""));
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=pay-amount]").Change("20");
        page.Find("[data-testid=pay-form]").Submit();
        page.Find("[data-testid=confirm-yes]").Click();

        page.WaitForAssertion(() => Assert.Equal("The amount must equal the invoice total, 22.40", page.Find("[data-testid=error]").TextContent.Trim()), Patience);
        Assert.Contains("\"amount\":20", Sent("PayInvoice"));
        Assert.Equal("Unpaid", page.Find("[data-testid=invoice-status]").TextContent);
    }

    [Fact]
    public void PayingWithTheLiveCouponSendsTheCouponInsteadOfTheInvoice()
    {
        Api.Answer("GetInvoice", Invoice(coupons: LiveCoupon));
        Api.Answer("PayInvoice", Paid);
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=pay-coupon]").Change("CUP-363RR587");
        page.Find("[data-testid=pay-form]").Submit();
        Assert.Contains("with coupon CUP-363RR587", page.Find("[data-testid=confirm-dialog]").TextContent);
        page.Find("[data-testid=confirm-yes]").Click();

        page.WaitForAssertion(() => Assert.Equal("""{"input":{"couponCode":"CUP-363RR587","amount":22.40,"method":"TRANSFERENCIA"}}""", Sent("PayInvoice")), Patience);
    }

    [Fact]
    public void CancellingACouponAsksFirstAndThenShowsItCancelled()
    {
        var cancelled = false;
        Api.Answer("GetInvoice", _ => Invoice(coupons: cancelled ? LiveCoupon.Replace("ISSUED", "CANCELLED") : LiveCoupon));
        Api.Answer("CancelCoupon", _ => { cancelled = true; return """{ "cancelCoupon": { "errors": null, "coupon": { "code": "CUP-363RR587", "status": "CANCELLED" } } }"""; });
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=cancel-coupon]").Click();
        Assert.Contains("Coupon CUP-363RR587 will no longer pay invoice FAC-2026-11-00014.", page.Find("[data-testid=confirm-dialog]").TextContent);
        Assert.DoesNotContain(Api.Requests, r => r.Operation.Name == "CancelCoupon");
        page.Find("[data-testid=confirm-yes]").Click();

        page.WaitForAssertion(() => Assert.Contains("Cancelled", page.Find("[data-testid=coupon-row]").TextContent), Patience);
        Assert.Equal("""{"code":"CUP-363RR587"}""", Sent("CancelCoupon"));
        Assert.Contains("Coupon CUP-363RR587 cancelled.", page.Find("[data-testid=notice]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=cancel-coupon]"));
    }

    [Fact]
    public void IssuingASecondLiveCouponShowsTheConflict()
    {
        Api.Answer("GetInvoice", Invoice());
        Api.Answer("GenerateCoupon", Refused("generateCoupon", "ConflictError",
            "Invoice FAC-2026-11-00014 already has a live coupon, CUP-363RR587, valid until 2026-11-29 18:47 UTC", "CONFLICT", """, "coupon": null"""));
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=issue-coupon]").Click();

        page.WaitForAssertion(() => Assert.Contains("already has a live coupon, CUP-363RR587", page.Find("[data-testid=error]").TextContent), Patience);
    }

    [Fact]
    public void SendingByEmailSaysWhatWasSent()
    {
        Api.Answer("GetInvoice", Invoice());
        Api.Answer("SendInvoiceByEmail", """{ "sendInvoiceByEmail": { "errors": null, "channel": { "id": 85, "content": "Enviada a pablo.parra38@example.com. Factura FAC-2026-11-00014: periodo 2026-11, total 22.40." } } }""");
        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, Number));

        page.Find("[data-testid=send-invoice]").Click();

        page.WaitForAssertion(() => Assert.Contains("Invoice FAC-2026-11-00014 sent. Enviada a pablo.parra38@example.com.", page.Find("[data-testid=notice]").TextContent), Patience);
    }

    [Fact]
    public void AnUnknownInvoiceReadsAsNotFound()
    {
        Api.Fail("GetInvoice", "Invoice FAC-0 not found", "NOT_FOUND");

        var page = Render<InvoiceDetail>(p => p.Add(c => c.Number, "FAC-0"));

        Assert.Equal("Invoice FAC-0 not found", page.Find("[data-testid=error]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=invoice-summary]"));
    }
}
