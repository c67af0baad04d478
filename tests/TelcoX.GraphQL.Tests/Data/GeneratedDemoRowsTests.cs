using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class GeneratedDemoRowsTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task AboutFortyGeneratedCustomersHaveOneOrTwoValidUniqueLines()
    {
        await using var db = api.CreateDbContext();
        var customers = await db.Customers.Include(c => c.Lines).ThenInclude(l => l.Consumption).ToListAsync();
        var lines = customers.SelectMany(c => c.Lines).ToList();

        Assert.InRange(customers.Count, 45, 60);
        Assert.All(customers.Where(c => c.Id > 7), c => Assert.InRange(c.Lines.Count, 1, 2));
        Assert.All(lines, l => Assert.Matches(@"^\+?[0-9]{5,15}$", l.Msisdn));
        Assert.Equal(lines.Count, lines.Select(l => l.Msisdn).Distinct().Count());
        Assert.All(lines, l => Assert.NotNull(l.Consumption));
        var dnis = customers.Where(c => c.Dni is not null).Select(c => c.Dni).ToList();
        Assert.Equal(dnis.Count, dnis.Distinct().Count());
    }

    [Fact]
    public async Task GeneratedDataPlansCountExactlyTheirUsageEvents()
    {
        await using var db = api.CreateDbContext();
        var plans = await db.DataPlans.ToListAsync();
        var events = await db.UsageEvents.ToListAsync();

        Assert.True(plans.Count(p => p.IsActive && !p.IsExpiredAt(DateTime.UtcNow)) >= 10);
        Assert.Contains(plans, p => !p.IsActive);
        Assert.All(plans, p => Assert.Equal(p.UsedBytes, events.Where(e => e.DataPlanId == p.Id).Sum(e => e.Bytes)));
        Assert.All(plans, p => Assert.Equal(p.UsedBytes, p.SocialBytes + p.EntertainmentBytes + p.SystemUpdatesBytes + p.NavigationSearchBytes));
        Assert.All(plans, p => Assert.InRange(p.UsedBytes, 1, p.LimitBytes));
    }

    [Fact]
    public async Task UnpaidInvoicesAreSomeDueAheadAndSomeOverdue()
    {
        await using var db = api.CreateDbContext();
        var invoices = await db.Invoices.Include(i => i.Payments).ToListAsync();
        var now = DateTime.UtcNow;

        Assert.True(invoices.Count(i => i.StatusAt(now) == InvoiceStatus.Unpaid) >= 5);
        Assert.True(invoices.Count(i => i.StatusAt(now) == InvoiceStatus.Overdue) >= 3);
        Assert.All(invoices, i => Assert.Equal(Invoice.TotalOf(i.Subtotal, i.Tax, i.Discount), i.Total));
        Assert.All(invoices, i => Assert.Equal(i.StoredStatus == InvoiceStatus.Paid ? 1 : 0, i.Payments.Count));
        Assert.All(invoices.SelectMany(i => new[] { i.Subtotal, i.Tax, i.Discount, i.Total }), m => Assert.Equal(Math.Round(m, 2), m));
    }

    [Fact]
    public async Task CouponsAreIssuedUsedCancelledAndExpiredWithAtMostOneLivePerInvoice()
    {
        await using var db = api.CreateDbContext();
        var coupons = await db.Coupons.Include(c => c.Invoice).ToListAsync();
        var now = DateTime.UtcNow;

        Assert.Contains(coupons, c => c.StatusAt(now) == CouponStatus.Issued && c.Invoice.StoredStatus == InvoiceStatus.Unpaid);
        Assert.Contains(coupons, c => c.StatusAt(now) == CouponStatus.Used && c.Invoice.StoredStatus == InvoiceStatus.Paid);
        Assert.Contains(coupons, c => c.StatusAt(now) == CouponStatus.Cancelled);
        Assert.Contains(coupons, c => c.StatusAt(now) == CouponStatus.Expired);
        Assert.All(coupons.Where(c => c.StatusAt(now) == CouponStatus.Issued).GroupBy(c => c.InvoiceId), g => Assert.Single(g));
        Assert.All(coupons, c => Assert.Equal(c.Invoice.Total, c.Amount));
    }

    [Fact]
    public async Task ChannelsAreEmailsAndCallsWithShortContent()
    {
        await using var db = api.CreateDbContext();
        var channels = await db.Channels.ToListAsync();

        Assert.True(channels.Count >= 30);
        Assert.Contains(channels, c => c.Kind == ChannelKind.Email);
        Assert.Contains(channels, c => c.Kind == ChannelKind.Call);
        Assert.All(channels, c => Assert.InRange(c.Content.Trim().Length, 1, 255));
    }

    [Fact]
    public async Task ProductsHaveUniqueNamesPositivePricesAndSomeWereNeverStocked()
    {
        await using var db = api.CreateDbContext();
        var products = await db.Products.ToListAsync();
        var stock = await db.Inventories.ToDictionaryAsync(i => i.ProductId, i => i.Quantity);

        Assert.InRange(products.Count, 12, 20);
        Assert.Equal(products.Count, products.Select(p => p.Name).Distinct().Count());
        Assert.All(products, p => Assert.True(p.Price > 0 && p.Price == Math.Round(p.Price, 2)));
        Assert.All(products, p => Assert.InRange(p.Description?.Length ?? 0, 0, 1024));
        Assert.Contains(products, p => !stock.ContainsKey(p.Id));
        Assert.All(stock.Values, q => Assert.True(q >= 0));
        Assert.True(await db.Purchases.CountAsync() >= 3);
    }

    [Fact]
    public async Task TwoFreshDatabasesHoldTheSameGeneratedRows()
    {
        await using var other = new TelcoApiFactory();
        await ((IAsyncLifetime)other).InitializeAsync();
        try
        {
            await using var db = api.CreateDbContext();
            await using var otherDb = other.CreateDbContext();
            Assert.Equal(await DemoFingerprint.ReadAsync(db), await DemoFingerprint.ReadAsync(otherDb));
        }
        finally
        {
            await ((IAsyncLifetime)other).DisposeAsync();
        }
    }
}
