using System.Text.Json;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class CustomerSummaryTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Query = """
        query($m: String!) {
          customerSummary(msisdn: $m) {
            customer { name } line { msisdn } plan { name }
            balance balanceLimit minutes minutesLimit
            dataPlan { limitBytes isActive } unpaidInvoices { period status } latestEvents { bytes }
          }
        }
        """;

    [Fact]
    public async Task SummaryGathersBalanceMinutesActiveDataPlanUnpaidInvoicesAndTheLastTenEvents()
    {
        var customer = TestRows.Customer("Test Jesus");
        var line = TestRows.Line(customer);
        line.Plan = new Plan { Name = "Test Movil 30", MonthlyFee = 30.00m, DataMb = 30720m, Minutes = 600 };
        line.Consumption = new Consumption { Balance = 12.75m, DataMb = 1024m, Minutes = 320, UpdatedAt = TestRows.Now };
        var inactive = TestRows.DataPlan(line, 1, 0, isActive: false);
        var active = TestRows.DataPlan(line, 32212254720, 3670016);
        var paid = TestRows.Invoice(customer, line, "2025-05", TestRows.Now.AddDays(-30), InvoiceStatus.Paid);
        var overdue = TestRows.Invoice(customer, line, "2025-06", TestRows.Now.AddDays(-1));
        var unpaid = TestRows.Invoice(customer, line, "2025-07", TestRows.Now.AddDays(10));
        var events = Enumerable.Range(1, 12).Select(i => new UsageEvent
        {
            PhoneLine = line,
            Category = UsageCategory.Social,
            Bytes = i,
            OccurredAt = TestRows.Now.AddMinutes(i),
        });
        await api.AddRowsAsync([line, inactive, active, paid, overdue, unpaid, .. events]);

        var summary = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { m = line.Msisdn })).GetProperty("customerSummary");

        Assert.Equal("Test Jesus", summary.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(line.Msisdn, summary.GetProperty("line").GetProperty("msisdn").GetString());
        Assert.Equal("Test Movil 30", summary.GetProperty("plan").GetProperty("name").GetString());
        Assert.Equal(12.75m, summary.GetProperty("balance").GetDecimal());
        Assert.Equal(30.00m, summary.GetProperty("balanceLimit").GetDecimal());
        Assert.Equal(320, summary.GetProperty("minutes").GetInt32());
        Assert.Equal(600, summary.GetProperty("minutesLimit").GetInt32());
        Assert.Equal(32212254720, summary.GetProperty("dataPlan").GetProperty("limitBytes").GetInt64());
        Assert.Equal(["2025-06", "2025-07"], Strings(summary.GetProperty("unpaidInvoices"), "period"));
        Assert.Equal(["OVERDUE", "UNPAID"], Strings(summary.GetProperty("unpaidInvoices"), "status"));
        var bytes = summary.GetProperty("latestEvents").EnumerateArray().Select(e => e.GetProperty("bytes").GetInt64());
        Assert.Equal([12, 11, 10, 9, 8, 7, 6, 5, 4, 3], bytes);
    }

    [Fact]
    public async Task SummaryOfABareLineHasNullLimitsAndNoDataPlan()
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(line);

        var summary = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { m = line.Msisdn })).GetProperty("customerSummary");

        foreach (var field in new[] { "plan", "balance", "balanceLimit", "minutes", "minutesLimit", "dataPlan" })
            Assert.Equal(JsonValueKind.Null, summary.GetProperty(field).ValueKind);
        Assert.Empty(summary.GetProperty("unpaidInvoices").EnumerateArray());
        Assert.Empty(summary.GetProperty("latestEvents").EnumerateArray());
    }

    [Fact]
    public async Task SummaryOfAnUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(Query, new { m = "+15550000000000" });

        NotFound(response, "customerSummary", "Cliente no encontrado");
    }
}
