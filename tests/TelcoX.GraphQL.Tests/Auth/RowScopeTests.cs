using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// A CUSTOMER reaches only their own rows, in SQL: lists hold only theirs, and someone else's row
/// reads as NOT_FOUND with the usual message (never FORBIDDEN, which would confirm that it exists).
/// </summary>
public sealed class RowScopeTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string OtherMsisdn = "593988877766"; // Jhon Doe, seed 000

    [Fact]
    public async Task CustomersListsOnlyTheCallerThemselves()
    {
        var data = await api.CreateClient(Role.Customer).QueryDataAsync("{ customers(first: 50) { totalCount nodes { name } } }");

        Assert.Equal(1, data.GetProperty("customers").GetProperty("totalCount").GetInt32());
        Assert.Equal("Jesus Jacome", data.GetProperty("customers").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    /// <summary>A first page runs as a compiled query shared by every caller: each must still get their own scope.</summary>
    [Fact]
    public async Task OneCompiledPageKeepsEachCallersScope()
    {
        const string page = "{ customers(first: 50) { nodes { name lines { msisdn consumption { minutes } plan { name } } } } }";
        async Task<List<string>> NamesAs(Role role) =>
            [.. (await api.CreateClient(role).QueryDataAsync(page)).GetProperty("customers").GetProperty("nodes")
                .EnumerateArray().Select(node => node.GetProperty("name").GetString()!)];

        var staffFirst = await NamesAs(Role.Admin);
        var customer = await NamesAs(Role.Customer);
        var staffAgain = await NamesAs(Role.Admin);

        Assert.Equal(["Jesus Jacome"], customer);
        Assert.True(staffFirst.Count > 3);
        Assert.Equal(staffFirst, staffAgain);
    }

    [Theory]
    [InlineData("{ customers(where: { name: { eq: \"Jhon Doe\" } }) { totalCount } }", "customers")]
    [InlineData("{ consumptions { totalCount } }", "consumptions")]
    [InlineData("{ phoneLines { totalCount } }", "phoneLines")]
    [InlineData("{ invoices(where: { customer: { name: { eq: \"Jhon Doe\" } } }) { totalCount } }", "invoices")]
    public async Task FiltersCannotReachAnotherCustomer(string query, string field)
    {
        var data = await api.CreateClient(Role.Customer).QueryDataAsync(query);

        var total = data.GetProperty(field).GetProperty("totalCount").GetInt32();
        Assert.True(field is "consumptions" or "phoneLines" ? total == 1 : total == 0, $"{field}: {total}");
    }

    [Theory]
    [InlineData("consumption")]
    [InlineData("customerByMsisdn")]
    [InlineData("line")]
    public async Task AnotherCustomersMsisdnIsNotFound(string field)
    {
        var response = await api.CreateClient(Role.Customer).PostGraphQLAsync($"{{ {field}(msisdn: \"{OtherMsisdn}\") {{ __typename }} }}");

        Snapshots.Match(response, field);
    }

    [Fact]
    public async Task TheCallersOwnMsisdnIsFound()
    {
        var data = await api.CreateClient(Role.Customer).QueryDataAsync($"{{ consumption(msisdn: \"{DemoData.JesusMsisdn}\") {{ minutes }} }}");

        Assert.Equal(320, data.GetProperty("consumption").GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task StaffSeeEveryCustomer()
    {
        var data = await api.CreateClient(Role.Agent).QueryDataAsync("{ customers { totalCount } }");

        Assert.True(data.GetProperty("customers").GetProperty("totalCount").GetInt32() > 3);
    }
}
