using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Data;

public static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations, then loads the demo data into an empty database.</summary>
    public static async Task MigrateTelcoDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>();
        await using (var db = factory.CreateDbContext())
            await db.Database.MigrateAsync(cancellationToken);

        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedDemoData)
            await DemoData.SeedAsync(factory, app.Environment, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoData)),
                cancellationToken);
    }
}
