using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace TelcoX.GraphQL.Data;

/// <summary>The rows a first start holds: every seed system's samples, then generated ones.</summary>
public static partial class DemoData
{
    /// <summary>Fixed, so that every first start generates the same rows.</summary>
    private const int GeneratedSeed = 20260115;

    public static Task SeedAsync(IDbContextFactory<TelcoDbContext> factory, IHostEnvironment environment, TimeProvider clock,
        CancellationToken cancellationToken) =>
        SeedAsync(factory, environment, clock, NullLogger.Instance, cancellationToken);

    /// <summary>Loads the demo data into a database without customers, in one transaction; otherwise does nothing.</summary>
    /// <param name="clock">The app's one clock: the demo rows are dated from its "now".</param>
    public static async Task SeedAsync(IDbContextFactory<TelcoDbContext> factory, IHostEnvironment environment, TimeProvider clock, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            var rows = await db.Database.CreateExecutionStrategy().ExecuteAsync(
                () => LoadIntoEmptyDatabaseAsync(factory, environment.IsDevelopment(), clock.GetUtcNow().UtcDateTime, cancellationToken));
            if (rows is null)
                logger.LogDebug("Demo data skipped: the database already holds customers.");
            else
                logger.LogInformation("Demo data loaded: {Customers} customers, {Products} products, {Users} demo users.",
                    rows.Customers.Count, rows.Products.Count, rows.Users.Count);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            logger.LogInformation("Another instance loaded the demo data at the same moment; the database counts as seeded.");
        }
    }

    /// <summary>All the demo rows, built in memory; the generated part depends only on <see cref="GeneratedSeed"/>.</summary>
    internal static DemoRows Build(DateTime now, bool withUsers)
    {
        var rows = new DemoRows(now);
        AddCataloguePlans(rows);
        AddSeed000(rows);
        AddSeed001(rows);
        AddSeed002(rows);

        var faker = new Faker("es") { Random = new Randomizer(GeneratedSeed) };
        var seeded = rows.Customers.Count;
        AddGeneratedCustomers(rows, faker);
        var generated = rows.Customers.Skip(seeded).ToList();
        AddGeneratedBilling(rows, faker, generated);
        AddGeneratedCoupons(rows, faker, generated);
        AddGeneratedChannels(rows, faker, generated);
        AddGeneratedProducts(rows, faker, generated);
        MarkPastNoticesSent(rows);

        if (withUsers)
            DemoUsers.Add(rows);
        return rows;
    }
}
