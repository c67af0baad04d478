using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Users;

/// <summary>Hashes made at an older cost are redone at today's when their owner next signs in.</summary>
public sealed class PasswordUpgradeTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string Password = "kitten saucer lamp";

    [Theory]
    [InlineData(PasswordHasherCompatibilityMode.IdentityV2, 1_000)] // PBKDF2-HMAC-SHA1, before the count was stored
    [InlineData(PasswordHasherCompatibilityMode.IdentityV3, 100)]   // today's format, fewer iterations than today's
    public async Task SigningInWithAnOldHashSucceedsAndStoresTodaysHash(PasswordHasherCompatibilityMode mode, int iterations)
    {
        var user = TestRows.User();
        user.PasswordHash = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { CompatibilityMode = mode, IterationCount = iterations }))
            .HashPassword(user, Password);
        await api.AddRowsAsync(user);
        var old = user.PasswordHash;

        var payload = (await api.CreateClient().QueryDataAsync(UserDocuments.Login, new { input = new { email = user.Email, password = Password } }))
            .GetProperty("login");

        PayloadAssert.Succeeded(payload);
        var stored = await StoredHashAsync(user.Id);
        Assert.NotEqual(old, stored);
        Assert.Equal(TelcoApiFactory.TestIterationCount, V3Iterations(stored));
        user.PasswordHash = stored;
        Assert.Equal(PasswordVerificationResult.Success, api.Services.GetRequiredService<Passwords>().Verify(user, Password));
    }

    [Fact]
    public async Task AHashAtTodaysCostIsLeftAlone()
    {
        var user = TestRows.User();
        user.PasswordHash = api.Services.GetRequiredService<Passwords>().Hash(user, Password);
        await api.AddRowsAsync(user);

        await api.CreateClient().QueryDataAsync(UserDocuments.Login, new { input = new { email = user.Email, password = Password } });

        Assert.Equal(user.PasswordHash, await StoredHashAsync(user.Id));
    }

    [Fact]
    public void UnlessConfiguredOtherwiseNewHashesTakeOwaspsWorkFactor()
    {
        using var services = new ServiceCollection().AddTelcoPasswords(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var hash = services.GetRequiredService<Passwords>().Hash(TestRows.User(), Password);

        Assert.Equal(210_000, V3Iterations(hash));
    }

    private async Task<string> StoredHashAsync(int userId)
    {
        await using var db = api.CreateDbContext();
        return (await db.Users.SingleAsync(u => u.Id == userId)).PasswordHash;
    }

    /// <summary>Identity's V3 layout: 0x01, the PRF, then the iteration count, big-endian.</summary>
    private static int V3Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
