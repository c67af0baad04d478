using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Coupons;

public sealed class CouponConcurrencyTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task EightGenerationsForOneInvoiceAtOnceIssueExactlyOneLiveCoupon()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => api.CreateClient(Role.Admin).MutateAsync(GenerateCouponMutation, new { invoiceNumber = rows.Invoice.Number })));

        var (_, refused) = PayloadAssert.ExactlyOneSucceeded(payloads);
        Assert.All(refused, p => Assert.Equal("CONFLICT", p.GetProperty("errors")[0].GetProperty("code").GetString()));
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Coupons.CountAsync(c => c.InvoiceId == rows.Invoice.Id));
        Assert.Equal(1, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id));
    }

    [Fact]
    public async Task CancellingAndUsingOneCouponAtOnceLetsExactlyOneHappen()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? api.CreateClient(Role.Admin).MutateAsync(CancelCouponMutation, new { code = coupon.Code })
            : api.CreateClient(Role.Admin).MutateAsync(PayInvoiceMutation, new { couponCode = coupon.Code, amount = 28m, method = "EFECTIVO" })));

        var (winner, _) = PayloadAssert.ExactlyOneSucceeded(payloads);
        await using var db = api.CreateDbContext();
        var stored = await db.Coupons.SingleAsync(c => c.Id == coupon.Id);
        var paid = winner.TryGetProperty("payment", out var payment) && payment.ValueKind != JsonValueKind.Null;
        Assert.Equal(paid ? CouponStatus.Used : CouponStatus.Cancelled, stored.StoredStatus);
        Assert.Equal(paid ? 1 : 0, await db.Payments.CountAsync(p => p.InvoiceId == rows.Invoice.Id));
    }
}
