using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class JesusJacomeSampleTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task JesusHasSeed001sLineBalanceAndMinutesAgainstHisPlan()
    {
        await using var db = api.CreateDbContext();
        var line = await db.PhoneLines.Include(l => l.Customer).Include(l => l.Consumption).Include(l => l.Plan)
            .SingleAsync(l => l.Msisdn == "0969786985");

        Assert.Equal("Jesus Jacome", line.Customer.Name);
        Assert.Equal("0929668846", line.Customer.Dni);
        Assert.Equal(ProductType.Movil, line.ProductType);
        Assert.Equal(12.75m, line.Consumption!.Balance);
        Assert.Equal(30.00m, line.Plan!.MonthlyFee);
        Assert.Equal(320, line.Consumption.Minutes);
        Assert.Equal(600, line.Plan.Minutes);
        Assert.Equal(30716.50m, line.Consumption.DataMb); // 30 GiB less 3.5 MiB used
    }

    [Fact]
    public async Task JesusHasAnActiveThirtyGibibyteDataPlanWithSeed001sUsage()
    {
        await using var db = api.CreateDbContext();
        var plan = await db.DataPlans.SingleAsync(p => p.PhoneLine.Msisdn == "0969786985");

        Assert.Equal(32212254720, plan.LimitBytes);
        Assert.Equal(1048576, plan.SocialBytes);
        Assert.Equal(2097152, plan.EntertainmentBytes);
        Assert.Equal(0, plan.SystemUpdatesBytes);
        Assert.Equal(524288, plan.NavigationSearchBytes);
        Assert.Equal(1048576 + 2097152 + 524288, plan.UsedBytes);
        Assert.True(plan.IsActive);
        Assert.False(plan.IsExpiredAt(DateTime.UtcNow));
        Assert.True(plan.StartAt <= DateTime.UtcNow);
        Assert.Equal(TimeSpan.FromDays(30), plan.ExpiresAt - plan.StartAt);
        Assert.Equal(plan.UsedBytes, await db.UsageEvents.Where(e => e.DataPlanId == plan.Id).SumAsync(e => e.Bytes));
    }

    [Theory]
    [InlineData("2025-05", 25.00, 3.00, 0.00, 28.00, PaymentMethod.Tarjeta, "2025-05-25T14:30:00Z")]
    [InlineData("2025-06", 30.00, 3.60, 2.00, 31.60, PaymentMethod.Transferencia, "2025-06-28T09:15:00Z")]
    public async Task JesusHasSeed001sPaidInvoicesWithTheirPaymentsAndTransactions(string period, double subtotal, double tax,
        double discount, double total, PaymentMethod method, string paidAt)
    {
        await using var db = api.CreateDbContext();
        var invoice = await db.Invoices.Include(i => i.Payments).Include(i => i.PhoneLine)
            .SingleAsync(i => i.Customer.Name == "Jesus Jacome" && i.Period == period);
        var paid = DateTime.Parse(paidAt, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        // InlineData cannot hold decimals; these doubles are exact at two places once converted.
        Assert.Equal((decimal)subtotal, invoice.Subtotal);
        Assert.Equal((decimal)tax, invoice.Tax);
        Assert.Equal((decimal)discount, invoice.Discount);
        Assert.Equal((decimal)total, invoice.Total);
        Assert.Equal(InvoiceStatus.Paid, invoice.StoredStatus);
        Assert.Equal(method, invoice.PaymentMethod);
        Assert.Equal(paid, invoice.PaidAt);
        Assert.Equal("0969786985", invoice.PhoneLine!.Msisdn);
        var payment = Assert.Single(invoice.Payments);
        Assert.Equal((invoice.Total, method, paid), (payment.Amount, payment.Method, payment.PaidAt));
        var transaction = await db.Transactions.SingleAsync(t => t.Reference == invoice.Number);
        Assert.Equal((TransactionKind.Payment, invoice.Total, paid), (transaction.Kind, transaction.Amount, transaction.OccurredAt));
    }
}
