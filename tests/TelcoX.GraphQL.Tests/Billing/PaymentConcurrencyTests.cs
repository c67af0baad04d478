using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>Real concurrent HTTP requests against one invoice or coupon: exactly one wins, the rest are told why.</summary>
public sealed class PaymentConcurrencyTests(TelcoApiFactory api, ITestOutputHelper output) : IClassFixture<TelcoApiFactory>
{
    private const int Racers = 8;

    [Fact]
    public async Task EightPaymentsOfOneInvoiceAtOnceRecordExactlyOnePayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payloads = await RaceAsync(_ => new { invoiceNumber = rows.Invoice.Number, amount = 28m, method = "TARJETA" });

        AssertOneWinner(payloads, $"Invoice {rows.Invoice.Number} is already paid");
        await AssertOnePaymentAsync(rows);
    }

    [Fact]
    public async Task EightUsesOfOneCouponAtOnceRecordExactlyOnePayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));

        var payloads = await RaceAsync(_ => new { couponCode = coupon.Code, amount = 28m, method = "EFECTIVO" });

        AssertOneWinner(payloads, $"Coupon {coupon.Code} is no longer live", $"Coupon {coupon.Code} has already been used",
            $"Invoice {rows.Invoice.Number} is already paid");
        await AssertOnePaymentAsync(rows);
        await using var db = api.CreateDbContext();
        Assert.Equal(CouponStatus.Used, (await db.Coupons.SingleAsync(c => c.Id == coupon.Id)).StoredStatus);
    }

    [Fact]
    public async Task PaymentsByNumberAndByCouponAtOnceRecordExactlyOnePayment()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var coupon = await rows.AddCouponAsync(api, TestRows.Now.AddDays(5));

        var payloads = await RaceAsync(i => i % 2 == 0
            ? new { invoiceNumber = (string?)rows.Invoice.Number, couponCode = (string?)null, amount = 28m, method = "TARJETA" }
            : new { invoiceNumber = (string?)null, couponCode = (string?)coupon.Code, amount = 28m, method = "EFECTIVO" });

        AssertOneWinner(payloads, $"Coupon {coupon.Code} is no longer live", $"Coupon {coupon.Code} has already been used",
            $"Invoice {rows.Invoice.Number} is already paid");
        await AssertOnePaymentAsync(rows);
    }

    private async Task<JsonElement[]> RaceAsync(Func<int, object> input)
    {
        var clients = Enumerable.Range(0, Racers).Select(_ => api.CreateClient(Role.Admin)).ToList();
        return await Task.WhenAll(clients.Select((client, i) => client.MutateAsync(PayInvoiceMutation, input(i))));
    }

    private void AssertOneWinner(JsonElement[] payloads, params string[] loserMessages)
    {
        // The tally shows which check stopped each loser: "no longer live" comes from the conditional UPDATE only.
        foreach (var group in payloads.GroupBy(p => p.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors
                     ? errors[0].GetProperty("message").GetString() : "won"))
            output.WriteLine($"{api.Database.Provider}: {group.Count()} × {group.Key}");
        var (_, refused) = PayloadAssert.ExactlyOneSucceeded(payloads);
        foreach (var error in refused.Select(p => Assert.Single(p.GetProperty("errors").EnumerateArray())))
        {
            Assert.Equal("CONFLICT", error.GetProperty("code").GetString());
            Assert.Contains(error.GetProperty("message").GetString(), loserMessages);
        }
    }

    private async Task AssertOnePaymentAsync(BillingRows rows)
    {
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Payments.CountAsync(p => p.InvoiceId == rows.Invoice.Id));
        Assert.Equal(1, await db.Transactions.CountAsync(t => t.CustomerId == rows.Customer.Id));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == rows.User.Id));
        Assert.Equal(InvoiceStatus.Paid, (await db.Invoices.SingleAsync(i => i.Id == rows.Invoice.Id)).StoredStatus);
    }
}
