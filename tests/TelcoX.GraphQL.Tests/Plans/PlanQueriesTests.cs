using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Plans;

public sealed class PlanQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task PlanByIdReturnsFeeAndAllowancesAsDecimals()
    {
        var plan = new Plan { Name = "Test Plan " + TestRows.Unique(), MonthlyFee = 19.99m, DataMb = 2048.50m, Minutes = 300 };
        await api.AddRowsAsync(plan);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync("query($id: Int!) { plan(id: $id) { id name monthlyFee dataMb minutes } }", new { id = plan.Id });

        var found = data.GetProperty("plan");
        Assert.Equal(plan.Name, found.GetProperty("name").GetString());
        Assert.Equal(19.99m, found.GetProperty("monthlyFee").GetDecimal());
        Assert.Equal(2048.50m, found.GetProperty("dataMb").GetDecimal());
        Assert.Equal(300, found.GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task UnknownPlanIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ plan(id: 987654321) { id } }");

        NotFound(response, "plan", "Plan 987654321 not found");
    }

    [Fact]
    public async Task PlansListsTheCatalogueById()
    {
        var plan = new Plan { Name = "Test Plan " + TestRows.Unique(), MonthlyFee = 5m, DataMb = 0m, Minutes = 0 };
        await api.AddRowsAsync(plan);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: plans(first: 50) { nodes { id } } mine: plans(where: { id: { eq: $id } }) { nodes { id } } }",
            new { id = plan.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([plan.Id], Ints(data.GetProperty("mine").GetProperty("nodes"), "id"));
    }
}
