using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MySqlConnector;

namespace TelcoX.GraphQL.Data;

public static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations, then loads the demo data into an empty database.</summary>
    public static async Task MigrateTelcoDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>();
        try
        {
            await MigrateAsync(factory, cancellationToken);
        }
        catch (MySqlException exception) when (exception.ErrorCode == MySqlErrorCode.DatabaseCreateExists)
        {
            // Two instances starting on a server without the database both create it; the loser migrates the winner's.
            await MigrateAsync(factory, cancellationToken);
        }

        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedDemoData)
            await DemoData.SeedAsync(factory, app.Environment, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData)),
                cancellationToken);
    }

    private static async Task MigrateAsync(IDbContextFactory<TelcoDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers run beside the one writer; it is a property of the file, so set once here.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
