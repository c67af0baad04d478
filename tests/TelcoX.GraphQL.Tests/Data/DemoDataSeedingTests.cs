using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class DemoDataSeedingTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task SeedingASecondTimeChangesNothing()
    {
        await using var db = api.CreateDbContext();
        var before = await RowCounts.ReadAsync(db);
        var fingerprint = await DemoFingerprint.ReadAsync(db);

        await DemoData.SeedAsync(Factory(api), api.Services.GetRequiredService<IHostEnvironment>(), TimeProvider.System, CancellationToken.None);

        Assert.Equal(before, await RowCounts.ReadAsync(db));
        Assert.Equal(fingerprint, await DemoFingerprint.ReadAsync(db));
    }

    [Fact]
    public async Task TwoInstancesSeedingAtOnceLoadTheDataOnce()
    {
        await using var empty = new UnseededApiFactory();
        await ((IAsyncLifetime)empty).InitializeAsync();
        try
        {
            await using (var db = empty.CreateDbContext())
                Assert.Equal(0, await db.Customers.CountAsync());

            var environment = empty.Services.GetRequiredService<IHostEnvironment>();
            var logger = new RecordingLogger();
            await Task.WhenAll(
                Task.Run(() => DemoData.SeedAsync(Factory(empty), environment, TimeProvider.System, logger, CancellationToken.None)),
                Task.Run(() => DemoData.SeedAsync(Factory(empty), environment, TimeProvider.System, logger, CancellationToken.None)));

            // The loser either waited and found customers, or lost the insert race on a unique key.
            Assert.Single(logger.Messages, m => m.StartsWith("Demo data loaded", StringComparison.Ordinal));
            Assert.Single(logger.Messages, m => m.StartsWith("Demo data skipped", StringComparison.Ordinal)
                || m.StartsWith("Another instance", StringComparison.Ordinal));

            await using var seeded = api.CreateDbContext();
            await using var raced = empty.CreateDbContext();
            Assert.Equal(await RowCounts.ReadAsync(seeded), await RowCounts.ReadAsync(raced));
        }
        finally
        {
            await ((IAsyncLifetime)empty).DisposeAsync();
        }
    }

    private static IDbContextFactory<TelcoDbContext> Factory(TelcoApiFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>();
}
