using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>The API in memory over a database of its own, with the demo data loaded.</summary>
public class TelcoApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The password hashing work factor tests run with, far below Production's.</summary>
    public const int TestIterationCount = 1_000;

    public TestDatabase Database { get; } = TestDatabase.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:TelcoX", Database.ConnectionString);
        // Scheduled sweeps would add notifications to other tests' counts; Jobs tests switch them on.
        builder.UseSetting("Jobs:Enabled", "false");
        // Tests sign in far more often than a person: the limits have tests of their own.
        builder.UseSetting("Auth:LoginLimits:PerClient", "1000000");
        builder.UseSetting("Auth:LoginLimits:FailuresBeforeBackoff", "1000000");
        builder.UseSetting("Auth:LoginLimits:RegisterPerClient", "1000000");
        // OWASP's 210,000 iterations cost about a second a hash on a busy test machine; tests register often.
        builder.UseSetting(TelcoX.GraphQL.Users.Passwords.IterationCountKey, TestIterationCount.ToString());
    }

    /// <summary>A context to read or arrange rows directly, bypassing the API.</summary>
    public TelcoDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();

    public Task InitializeAsync()
    {
        _ = Server; // start the host: migrations and demo data run now, not in the first test
        return Task.CompletedTask;
    }

    /// <summary>Also what <c>await using var api = new TelcoApiFactory()</c> calls, so its database goes too.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
