using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class PhoneLineQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task LineByMsisdnNestsItsCustomerPlanConsumptionDataPlansAndEvents()
    {
        var customer = TestRows.Customer("Test Bruno");
        var line = TestRows.Line(customer, ProductType.Fijo);
        line.Plan = new Plan { Name = "Test Fijo 20", MonthlyFee = 20.00m, DataMb = 0m, Minutes = 200 };
        line.Consumption = new Consumption { Balance = 3.50m, DataMb = 0m, Minutes = 45, UpdatedAt = TestRows.Now };
        var plan = TestRows.DataPlan(line, 1000, 10);
        var usage = new UsageEvent { PhoneLine = line, Category = UsageCategory.Social, Bytes = 10, OccurredAt = TestRows.Now };
        await api.AddRowsAsync(line, plan, usage);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync("""
            query($m: String!) {
              line(msisdn: $m) {
                msisdn productType customer { name } plan { name monthlyFee minutes }
                consumption { balance minutes } dataPlans { limitBytes } usageEvents { category bytes }
              }
            }
            """, new { m = line.Msisdn });

        var found = data.GetProperty("line");
        Assert.Equal(line.Msisdn, found.GetProperty("msisdn").GetString());
        Assert.Equal("FIJO", found.GetProperty("productType").GetString());
        Assert.Equal("Test Bruno", found.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(20.00m, found.GetProperty("plan").GetProperty("monthlyFee").GetDecimal());
        Assert.Equal(200, found.GetProperty("plan").GetProperty("minutes").GetInt32());
        Assert.Equal(3.50m, found.GetProperty("consumption").GetProperty("balance").GetDecimal());
        Assert.Equal(1000, Assert.Single(found.GetProperty("dataPlans").EnumerateArray()).GetProperty("limitBytes").GetInt64());
        Assert.Equal("SOCIAL", Assert.Single(found.GetProperty("usageEvents").EnumerateArray()).GetProperty("category").GetString());
    }

    [Fact]
    public async Task LineByUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ line(msisdn: \"+15550000000000\") { id } }");

        NotFound(response, "line", "Cliente no encontrado");
    }

    [Fact]
    public async Task LineWithoutPlanOrConsumptionReadsNulls()
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(line);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($m: String!) { line(msisdn: $m) { plan { id } consumption { id } dataPlans { id } } }", new { m = line.Msisdn });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("line").GetProperty("plan").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("line").GetProperty("consumption").ValueKind);
        Assert.Empty(data.GetProperty("line").GetProperty("dataPlans").EnumerateArray());
    }

    [Fact]
    public async Task PhoneLinesListsEveryLineById()
    {
        var customer = TestRows.Customer();
        var first = TestRows.Line(customer);
        var second = TestRows.Line(customer);
        await api.AddRowsAsync(first, second);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($c: Int!) { page: phoneLines(first: 50) { nodes { id } } mine: phoneLines(where: { customerId: { eq: $c } }) { nodes { msisdn } } }",
            new { c = customer.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([first.Msisdn, second.Msisdn], Strings(data.GetProperty("mine").GetProperty("nodes"), "msisdn"));
    }
}
