using System.Net.Http.Json;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>A signed-in customer acts on their own invoices and coupons only; staff on any.</summary>
public sealed class InvoiceOwnershipTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ACustomerCannotPayAnotherCustomersInvoiceAndNothingChanges()
    {
        var mine = await BillingRows.ArrangeAsync(api);
        var theirs = await BillingRows.ArrangeAsync(api);
        var client = api.CreateClient(mine.Customer.Id); // stores its user: before the snapshot
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await client
            .MutateAsync(PayInvoiceMutation, new { invoiceNumber = theirs.Invoice.Number, amount = 28m, method = "TARJETA" });

        // As a number that does not exist: sequential numbers can be walked, and must confirm nothing.
        PayloadAssert.SingleError(payload, "NotFoundError", $"Invoice {theirs.Invoice.Number} not found", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ACustomerCannotUseCancelOrGenerateCouponsOrEmailAnotherCustomersInvoice()
    {
        var mine = await BillingRows.ArrangeAsync(api);
        var theirs = await BillingRows.ArrangeAsync(api);
        var coupon = await theirs.AddCouponAsync(api, TestRows.Now.AddDays(5));
        var client = api.CreateClient(mine.Customer.Id);
        var before = await DatabaseSnapshot.ReadAsync(api);

        foreach (var (document, input, message) in new (string, object, string)[]
        {
            (PayInvoiceMutation, new { couponCode = coupon.Code, amount = 28m, method = "EFECTIVO" }, $"Coupon {coupon.Code} not found"),
            (GenerateCouponMutation, new { invoiceNumber = theirs.Invoice.Number }, $"Invoice {theirs.Invoice.Number} not found"),
            (SendInvoiceByEmailMutation, new { invoiceNumber = theirs.Invoice.Number }, $"Invoice {theirs.Invoice.Number} not found"),
        })
            PayloadAssert.SingleError(await client.MutateAsync(document, input), "NotFoundError", message, "NOT_FOUND");
        // Cancelling is staff work: refused before it runs, whoever owns the coupon.
        using var cancel = await client.PostAsJsonAsync("/graphql", new { query = CancelCouponMutation, variables = new { input = new { code = coupon.Code } } });
        Assert.Contains("\"FORBIDDEN\"", await cancel.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ACustomerPaysTheirOwnInvoice()
    {
        var mine = await BillingRows.ArrangeAsync(api);

        var payload = await api.CreateClient(mine.Customer.Id)
            .MutateAsync(PayInvoiceMutation, new { invoiceNumber = mine.Invoice.Number, amount = 28m, method = "TARJETA" });

        PayloadAssert.Succeeded(payload);
    }

    [Fact]
    public async Task AnAgentPaysAnyCustomersInvoice()
    {
        var theirs = await BillingRows.ArrangeAsync(api);

        var payload = await api.CreateClient(Role.Agent).MutateAsync(PayInvoiceMutation, new { invoiceNumber = theirs.Invoice.Number, amount = 28m, method = "TARJETA" });

        PayloadAssert.Succeeded(payload);
    }
}
