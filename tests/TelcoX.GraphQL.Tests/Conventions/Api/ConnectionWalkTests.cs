using System.Net.Http;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public sealed class ConnectionWalkTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Arguments = "where: { name: { icontains: \"a\" } }, order: [{ serviceType: ASC }, { name: DESC }]";

    [Fact]
    public async Task WalkingForwardsAndBackwardsUnderAFilterAndAnOrderVisitsEveryMatchingCustomerOnceInOrder()
    {
        var client = api.CreateClient(Role.Admin);
        var whole = (await client.QueryDataAsync($"{{ customers(first: 50, {Arguments}) {{ totalCount nodes {{ id }} }} }}")).GetProperty("customers");
        var expected = whole.NodeIds();
        Assert.InRange(expected.Count, 11, 49); // more than one page of 4, fewer than the limit of one statement

        var forward = await WalkAsync(client, backward: false);
        var backward = await WalkAsync(client, backward: true);

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.Equal(expected.Count, whole.GetProperty("totalCount").GetInt32());
    }

    private static async Task<List<int>> WalkAsync(HttpClient client, bool backward)
    {
        var ids = new List<int>();
        string? cursor = null;
        while (true)
        {
            var paging = backward ? $"last: 4{(cursor is null ? "" : $", before: \"{cursor}\"")}" : $"first: 4{(cursor is null ? "" : $", after: \"{cursor}\"")}";
            var page = (await client.QueryDataAsync(
                $"{{ customers({paging}, {Arguments}) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}"))
                .GetProperty("customers");
            var info = page.GetProperty("pageInfo");
            if (backward)
                ids.InsertRange(0, page.NodeIds());
            else
                ids.AddRange(page.NodeIds());
            if (!info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean())
                return ids;
            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString();
        }
    }
}
