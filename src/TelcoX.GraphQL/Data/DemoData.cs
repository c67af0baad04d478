using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Data;

/// <summary>The rows a first start holds: every seed system's samples, then generated ones.</summary>
public static class DemoData
{
    public static async Task SeedAsync(IDbContextFactory<TelcoDbContext> factory, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await db.Customers.AnyAsync(cancellationToken))
            return;
        // Filled in by the demo-data work.
        _ = environment;
    }
}
