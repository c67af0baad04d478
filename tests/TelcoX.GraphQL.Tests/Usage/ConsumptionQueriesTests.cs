using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class ConsumptionQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ConsumptionByMsisdnReturnsBalanceDataAndMinutes()
    {
        var line = TestRows.Line(TestRows.Customer("Test Jhon"));
        line.Consumption = new Consumption { Balance = 10.50m, DataMb = 1536.00m, Minutes = 220, UpdatedAt = TestRows.Now };
        await api.AddRowsAsync(line);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($m: String!) { consumption(msisdn: $m) { balance dataMb minutes updatedAt line { msisdn } customer { name } } }",
            new { m = line.Msisdn });

        var found = data.GetProperty("consumption");
        Assert.Equal(10.50m, found.GetProperty("balance").GetDecimal());
        Assert.Equal(1536.00m, found.GetProperty("dataMb").GetDecimal());
        Assert.Equal(220, found.GetProperty("minutes").GetInt32());
        Assert.Equal(TestRows.Now, found.GetProperty("updatedAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(line.Msisdn, found.GetProperty("line").GetProperty("msisdn").GetString());
        Assert.Equal("Test Jhon", found.GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ConsumptionOfAnUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ consumption(msisdn: \"+15550000000000\") { balance } }");

        NotFound(response, "consumption", "Cliente no encontrado");
    }

    [Fact]
    public async Task ConsumptionOfALineWithoutOneIsConsumoNoEncontrado()
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(line);

        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("query($m: String!) { consumption(msisdn: $m) { balance } }", new { m = line.Msisdn });

        NotFound(response, "consumption", "Consumo no encontrado");
    }

    [Fact]
    public async Task ConsumptionsListsEveryLineWithItsCustomer()
    {
        var line = TestRows.Line(TestRows.Customer("Test Lourdes"));
        line.Consumption = new Consumption { Balance = 7.75m, DataMb = 1024m, Minutes = 120, UpdatedAt = TestRows.Now };
        await api.AddRowsAsync(line);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($m: String!) { page: consumptions(first: 50) { nodes { id } } " +
            "mine: consumptions(where: { phoneLine: { msisdn: { eq: $m } } }) { nodes { id balance line { msisdn } customer { name } } } }",
            new { m = line.Msisdn });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal(line.Msisdn, mine.GetProperty("line").GetProperty("msisdn").GetString());
        Assert.Equal(7.75m, mine.GetProperty("balance").GetDecimal());
        Assert.Equal("Test Lourdes", mine.GetProperty("customer").GetProperty("name").GetString());
    }
}
