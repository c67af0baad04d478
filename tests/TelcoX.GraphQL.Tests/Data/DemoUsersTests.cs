using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class DemoUsersTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [InlineData("admin@telcox.dev", UserRole.Admin)]
    [InlineData("agent@telcox.dev", UserRole.Agent)]
    [InlineData("jesus.jacome@telcox.dev", UserRole.Customer)]
    public async Task DemoUsersExistInDevelopmentWithTheDemoPassword(string email, UserRole role)
    {
        await using var db = api.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);

        Assert.Equal(role, user.Role);
        Assert.NotEqual(DemoUsers.Password, user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash, "TelcoX-demo-2026"));
        Assert.InRange(await db.Notifications.CountAsync(n => n.UserId == user.Id), 1, 2);
    }

    [Fact]
    public async Task TheCustomerDemoUserIsLinkedToJesusJacomesLine()
    {
        await using var db = api.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "jesus.jacome@telcox.dev");
        var line = await db.PhoneLines.SingleAsync(l => l.Msisdn == "0969786985");

        Assert.Equal(line.CustomerId, user.CustomerId);
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Null((await db.Users.SingleAsync(u => u.Email == "admin@telcox.dev")).CustomerId);
    }
}
