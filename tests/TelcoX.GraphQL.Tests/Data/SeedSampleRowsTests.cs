using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class SeedSampleRowsTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("593988877766", "Jhon Doe", "10.50", "1536.00", 220)]
    [InlineData("593912345678", "Lourdes Vargas", "7.75", "1024.00", 120)]
    public async Task Seed000CustomersHoldTheirSampleConsumption(string msisdn, string name, string balance, string dataMb, int minutes)
    {
        await using var db = api.CreateDbContext();
        var line = await db.PhoneLines.Include(l => l.Customer).Include(l => l.Consumption).SingleAsync(l => l.Msisdn == msisdn);

        Assert.Equal(name, line.Customer.Name);
        Assert.Equal(Money(balance), line.Consumption!.Balance);
        Assert.Equal(Money(dataMb), line.Consumption.DataMb);
        Assert.Equal(minutes, line.Consumption.Minutes);
    }

    [Theory]
    [InlineData("0923456789", "Bruno S.", ProductType.Fijo, "3.50", "20.00", 45, 200)]
    [InlineData("0934567890", "Carla M.", ProductType.Movil, "0", "10.00", 0, 100)]
    public async Task Seed001CustomersHoldTheirBalanceAndMinutesAgainstTheirPlan(string msisdn, string name, ProductType type,
        string balance, string fee, int minutes, int planMinutes)
    {
        await using var db = api.CreateDbContext();
        var line = await db.PhoneLines.Include(l => l.Customer).Include(l => l.Consumption).Include(l => l.Plan)
            .SingleAsync(l => l.Msisdn == msisdn);

        Assert.Equal(name, line.Customer.Name);
        Assert.Equal(type, line.ProductType);
        Assert.Equal(Money(balance), line.Consumption!.Balance);
        Assert.Equal(Money(fee), line.Plan!.MonthlyFee);
        Assert.Equal(minutes, line.Consumption.Minutes);
        Assert.Equal(planMinutes, line.Plan.Minutes);
    }

    [Fact]
    public async Task EveryCustomerHasAUniqueContractNumberAServiceTypeAndACreationTime()
    {
        await using var db = api.CreateDbContext();
        var customers = await db.Customers.ToListAsync();

        Assert.Equal(customers.Count, customers.Select(c => c.ContractNumber).Distinct().Count());
        Assert.All(customers, c => Assert.Matches("^CN-[0-9]{7}$", c.ContractNumber));
        Assert.All(customers, c => Assert.False(string.IsNullOrWhiteSpace(c.ServiceType)));
        Assert.All(customers, c => Assert.InRange(c.CreatedAt, new DateTime(2024, 1, 1), DateTime.UtcNow));
    }

    private static decimal Money(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
