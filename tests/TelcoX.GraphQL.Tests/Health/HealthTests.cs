using System.Net;
using System.Text.Json;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Health;

public sealed class HealthTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task HealthReportsTheDatabaseUp()
    {
        using var response = await api.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("up", body.GetProperty("database").GetString());
    }
}

public sealed class HealthWithDatabaseDownTests : IAsyncLifetime
{
    private readonly TelcoApiFactory api = new();

    public Task InitializeAsync() => ((IAsyncLifetime)api).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)api).DisposeAsync();

    [Fact]
    public async Task HealthAnswers503WhenTheDatabaseGoesAway()
    {
        var client = api.CreateClient();
        await using (await MakeDatabaseUnreachableAsync())
        {
            using var response = await client.GetAsync("/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("unhealthy", body.GetProperty("status").GetString());
            Assert.Equal("down", body.GetProperty("database").GetString());
        }
    }

    // MariaDB: the schema is dropped. SQLite: a directory takes the file's place, so it cannot be opened.
    private async Task<IAsyncDisposable> MakeDatabaseUnreachableAsync()
    {
        await using var db = api.CreateDbContext();
        if (TestDatabase.IsMySql)
        {
            await db.Database.EnsureDeletedAsync();
            return new Restore(() => { });
        }
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(api.Database.ConnectionString).DataSource;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        Directory.CreateDirectory(path);
        return new Restore(() => Directory.Delete(path));
    }

    private sealed class Restore(Action undo) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            undo();
            return ValueTask.CompletedTask;
        }
    }
}
