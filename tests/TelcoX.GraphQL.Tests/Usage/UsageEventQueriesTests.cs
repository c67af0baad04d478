using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class UsageEventQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task UsageEventsListsEveryEventByIdWithItsLine()
    {
        var line = TestRows.Line(TestRows.Customer());
        var usage = new UsageEvent
        {
            PhoneLine = line,
            Category = UsageCategory.NavigationSearch,
            Bytes = 524288,
            EventId = "T-EVT-" + TestRows.Unique(),
            OccurredAt = TestRows.Now,
        };
        await api.AddRowsAsync(usage);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($e: String!) { page: usageEvents(first: 50) { nodes { id } } " +
            "mine: usageEvents(where: { eventId: { eq: $e } }) { nodes { id category bytes eventId occurredAt line { msisdn } } } }",
            new { e = usage.EventId });

        var ids = data.GetProperty("page").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal("NAVIGATION_SEARCH", mine.GetProperty("category").GetString());
        Assert.Equal(524288, mine.GetProperty("bytes").GetInt64());
        Assert.Equal(usage.EventId, mine.GetProperty("eventId").GetString());
        Assert.Equal(line.Msisdn, mine.GetProperty("line").GetProperty("msisdn").GetString());
    }
}
