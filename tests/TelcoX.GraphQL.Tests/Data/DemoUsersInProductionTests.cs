using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class DemoUsersInProductionTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task AProductionStartLoadsTheDemoDataButNoDemoUsers()
    {
        await using var db = api.CreateDbContext();

        Assert.True(await db.Customers.AnyAsync(c => c.Name == "Jesus Jacome"));
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Notifications.CountAsync());
    }
}
