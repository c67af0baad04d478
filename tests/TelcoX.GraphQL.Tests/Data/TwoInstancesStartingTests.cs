using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Data;

public sealed class TwoInstancesStartingTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task TwoInstancesStartingTogetherOnOneDatabaseSeedItOnce()
    {
        await using var first = new TelcoApiFactory();
        await using var second = new SharedDatabaseApiFactory(first.Database);
        try
        {
            await Task.WhenAll(
                Task.Run(() => ((IAsyncLifetime)first).InitializeAsync()),
                Task.Run(() => ((IAsyncLifetime)second).InitializeAsync()));

            await using var seeded = api.CreateDbContext();
            await using var shared = first.CreateDbContext();
            Assert.Equal(await RowCounts.ReadAsync(seeded), await RowCounts.ReadAsync(shared));
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}
