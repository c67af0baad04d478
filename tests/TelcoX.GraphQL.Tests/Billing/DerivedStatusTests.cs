using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Tests.Conventions;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>
/// OVERDUE and EXPIRED are derived twice over: in SQL when a list is filtered by status, in memory when a
/// row's status is read. Rows on either side of the clock (and on it) must read and filter alike.
/// </summary>
public sealed class DerivedStatusTests(DerivedStatusTests.PinnedClockApi api) : IClassFixture<DerivedStatusTests.PinnedClockApi>
{
    private static readonly DateTime Now = TestRows.Now;

    [Fact]
    public async Task EveryInvoiceStatusFiltersAsItReads()
    {
        var customer = TestRows.Customer();
        var late = TestRows.Invoice(customer, null, "2025-07", Now.AddSeconds(-1));
        var onTheDot = TestRows.Invoice(customer, null, "2025-08", Now);
        var early = TestRows.Invoice(customer, null, "2025-09", Now.AddSeconds(1));
        var paid = TestRows.Invoice(customer, null, "2025-10", Now.AddDays(-1), InvoiceStatus.Paid);
        await api.AddRowsAsync(late, onTheDot, early, paid);
        var client = api.CreateClient(customer.Id);

        var read = await ReadAsync(client, "invoices", "number");

        Assert.Equal(new Dictionary<string, string>
        {
            [late.Number] = "OVERDUE", [onTheDot.Number] = "UNPAID", [early.Number] = "UNPAID", [paid.Number] = "PAID",
        }, read);
        foreach (var status in new[] { "UNPAID", "PAID", "OVERDUE" })
            Assert.Equal(Having(read, status), await FilteredAsync(client, "invoices", "number", "InvoiceStatus", status));
    }

    [Fact]
    public async Task EveryCouponStatusFiltersAsItReads()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var past = await rows.AddCouponAsync(api, Now.AddSeconds(-1));
        var onTheDot = await rows.AddCouponAsync(api, Now);
        var live = await rows.AddCouponAsync(api, Now.AddSeconds(1));
        var used = await rows.AddCouponAsync(api, Now.AddSeconds(1), CouponStatus.Used);
        var cancelled = await rows.AddCouponAsync(api, Now.AddSeconds(1), CouponStatus.Cancelled);
        var client = api.CreateClient(rows.Customer.Id);

        var read = await ReadAsync(client, "coupons", "code");

        Assert.Equal(new Dictionary<string, string>
        {
            [past.Code] = "EXPIRED", [onTheDot.Code] = "EXPIRED", [live.Code] = "ISSUED", [used.Code] = "USED", [cancelled.Code] = "CANCELLED",
        }, read);
        foreach (var status in new[] { "ISSUED", "USED", "EXPIRED", "CANCELLED" })
            Assert.Equal(Having(read, status), await FilteredAsync(client, "coupons", "code", "CouponStatus", status));
    }

    // The customer's own rows only, so the demo data stays out of the comparison.
    private static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, string list, string key)
    {
        var data = await client.QueryDataAsync($"{{ {list}(first: 50) {{ nodes {{ {key} status }} }} }}");
        return Nodes(data, list).ToDictionary(n => n.GetProperty(key).GetString()!, n => n.GetProperty("status").GetString()!);
    }

    private static async Task<string[]> FilteredAsync(HttpClient client, string list, string key, string statusType, string status)
    {
        var data = await client.QueryDataAsync(
            $"query($s: {statusType}!) {{ {list}(first: 50, where: {{ status: {{ eq: $s }} }}) {{ nodes {{ {key} }} }} }}", new { s = status });
        return [.. Nodes(data, list).Select(n => n.GetProperty(key).GetString()!).Order(StringComparer.Ordinal)];
    }

    private static string[] Having(Dictionary<string, string> read, string status) =>
        [.. read.Where(row => row.Value == status).Select(row => row.Key).Order(StringComparer.Ordinal)];

    private static IEnumerable<JsonElement> Nodes(JsonElement data, string list) => data.GetProperty(list).GetProperty("nodes").EnumerateArray();

    /// <summary>The API with its clock stopped at <see cref="TestRows.Now"/>, so rows can sit exactly on it.</summary>
    public sealed class PinnedClockApi : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestRows.Now)));
        }
    }
}
