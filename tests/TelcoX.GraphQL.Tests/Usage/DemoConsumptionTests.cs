using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>The first thing a newcomer asks a fresh start: seed 000's sample lines, over GraphQL.</summary>
public sealed class DemoConsumptionTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("593988877766", 10.50, 1536.00, 220)]
    [InlineData("593912345678", 7.75, 1024.00, 120)]
    public async Task AFreshStartAnswersTheSeedLinesConsumption(string msisdn, decimal balance, decimal dataMb, int minutes)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($msisdn: String!) { consumption(msisdn: $msisdn) { balance dataMb minutes } }", new { msisdn });

        var consumption = data.GetProperty("consumption");
        Assert.Equal(balance, consumption.GetProperty("balance").GetDecimal());
        Assert.Equal(dataMb, consumption.GetProperty("dataMb").GetDecimal());
        Assert.Equal(minutes, consumption.GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task JesusJacomesSummaryShowsHisPlanLimitsAndDataUsage()
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync("""
            { customerSummary(msisdn: "0969786985") {
                customer { name dni } balance balanceLimit minutes minutesLimit
                dataPlan { limitBytes usedBytes usage { category totalBytes } } } }
            """);

        var summary = data.GetProperty("customerSummary");
        Assert.Equal("Jesus Jacome", summary.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("0929668846", summary.GetProperty("customer").GetProperty("dni").GetString());
        Assert.Equal(12.75m, summary.GetProperty("balance").GetDecimal());
        Assert.Equal(30.00m, summary.GetProperty("balanceLimit").GetDecimal());
        Assert.Equal(320, summary.GetProperty("minutes").GetInt32());
        Assert.Equal(600, summary.GetProperty("minutesLimit").GetInt32());
        var plan = summary.GetProperty("dataPlan");
        Assert.Equal(32212254720L, plan.GetProperty("limitBytes").GetInt64());
        Assert.Equal(3670016L, plan.GetProperty("usedBytes").GetInt64());
        var usage = plan.GetProperty("usage").EnumerateArray()
            .ToDictionary(u => u.GetProperty("category").GetString()!, u => u.GetProperty("totalBytes").GetInt64());
        Assert.Equal(1048576L, usage["SOCIAL"]);
        Assert.Equal(2097152L, usage["ENTERTAINMENT"]);
        Assert.Equal(0L, usage["SYSTEM_UPDATES"]);
        Assert.Equal(524288L, usage["NAVIGATION_SEARCH"]);
    }
}
