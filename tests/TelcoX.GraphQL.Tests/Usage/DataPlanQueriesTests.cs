using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Usage;

public sealed class DataPlanQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Query = """
        query($m: String!) {
          dataPlan(msisdn: $m) {
            limitBytes usedBytes startAt expiresAt isActive expired remainingBytes percentUsed
            usage { category totalBytes }
          }
        }
        """;

    [Fact]
    public async Task DataPlanReturnsTheActivePlanWithUsageByCategory()
    {
        var line = TestRows.Line(TestRows.Customer());
        var old = TestRows.DataPlan(line, 1, 1, isActive: false);
        var plan = TestRows.DataPlan(line, 32212254720, 3670016);
        (plan.SocialBytes, plan.EntertainmentBytes, plan.SystemUpdatesBytes, plan.NavigationSearchBytes) = (1048576, 2097152, 0, 524288);
        await api.AddRowsAsync(old, plan);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { m = line.Msisdn })).GetProperty("dataPlan");

        Assert.Equal(32212254720, found.GetProperty("limitBytes").GetInt64());
        Assert.Equal(3670016, found.GetProperty("usedBytes").GetInt64());
        Assert.Equal(32212254720 - 3670016, found.GetProperty("remainingBytes").GetInt64());
        Assert.Equal(0.01m, found.GetProperty("percentUsed").GetDecimal());
        Assert.True(found.GetProperty("isActive").GetBoolean());
        Assert.False(found.GetProperty("expired").GetBoolean());
        Assert.Equal(plan.ExpiresAt, found.GetProperty("expiresAt").GetDateTimeOffset().UtcDateTime);
        var usage = found.GetProperty("usage").EnumerateArray()
            .ToDictionary(u => u.GetProperty("category").GetString()!, u => u.GetProperty("totalBytes").GetInt64());
        Assert.Equal(new Dictionary<string, long>
        {
            ["SOCIAL"] = 1048576,
            ["ENTERTAINMENT"] = 2097152,
            ["SYSTEM_UPDATES"] = 0,
            ["NAVIGATION_SEARCH"] = 524288,
        }, usage);
    }

    [Theory]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 800, "0.13")] // 0.125: half rounds away from zero
    [InlineData(0, 1000, "0")]
    [InlineData(1000, 1000, "100")]
    public async Task PercentUsedIsRoundedToTwoPlaces(long used, long limit, string expected)
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(TestRows.DataPlan(line, limit, used));

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { m = line.Msisdn })).GetProperty("dataPlan");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found.GetProperty("percentUsed").GetDecimal());
    }

    [Fact]
    public async Task AnOverusedPlanPastItsExpiryReadsExpiredWithNothingRemaining()
    {
        var line = TestRows.Line(TestRows.Customer());
        var plan = TestRows.DataPlan(line, 100, 150);
        plan.ExpiresAt = TestRows.Now.AddMinutes(-1);
        await api.AddRowsAsync(plan);

        var found = (await api.CreateClient(Role.Admin).QueryDataAsync(Query, new { m = line.Msisdn })).GetProperty("dataPlan");

        Assert.True(found.GetProperty("expired").GetBoolean());
        Assert.Equal(0, found.GetProperty("remainingBytes").GetInt64());
        Assert.Equal(150m, found.GetProperty("percentUsed").GetDecimal());
    }

    [Fact]
    public async Task DataPlanOfAnUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(Query, new { m = "+15550000000000" });

        NotFound(response, "dataPlan", "Cliente no encontrado");
    }

    [Fact]
    public async Task DataPlanOfALineWithNoActivePlanIsNotFound()
    {
        var line = TestRows.Line(TestRows.Customer());
        await api.AddRowsAsync(TestRows.DataPlan(line, 100, 0, isActive: false));

        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(Query, new { m = line.Msisdn });

        NotFound(response, "dataPlan", "No active data plan for this phone_number");
    }
}
