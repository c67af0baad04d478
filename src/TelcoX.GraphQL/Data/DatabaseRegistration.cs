using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MySqlConnector;

namespace TelcoX.GraphQL.Data;

public static class DatabaseRegistration
{
    public const string DefaultSqliteConnection = "Data Source=telcox.db";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{TelcoDbContext}"/> for the configured provider. Resolvers
    /// run in parallel, so each one creates its own short-lived context from the factory. A list
    /// parameter (<c>ids.Contains(x.Id)</c>) is written into the SQL as <c>IN (1, 2, …)</c> on both
    /// providers, while the compiled query stays cached for any list.
    /// </summary>
    public static WebApplicationBuilder AddTelcoDatabase(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.SectionName);
        builder.Services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("TelcoX");

        if (options.Provider == DatabaseProvider.MySql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is MySql but ConnectionStrings:TelcoX is empty.");
            var serverVersion = string.IsNullOrWhiteSpace(options.ServerVersion)
                ? ServerVersion.AutoDetect(connectionString)
                : ServerVersion.Parse(options.ServerVersion);
            var pooled = WithoutConnectionReset(connectionString);
            builder.Services.AddTelcoContextFactory<MySqlTelcoDbContext>(db => db.UseMySql(pooled, serverVersion, MySqlSettings));
        }
        else
        {
            builder.Services.AddTelcoContextFactory<SqliteTelcoDbContext>(db =>
                SqliteSettings(db.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString,
                    sqlite => sqlite.TranslateParameterizedCollectionsToConstants())));
        }
        return builder;
    }

    /// <summary>
    /// Pomelo sends at most 42 statements per command; a usage batch (up to 200 events and their plans'
    /// counters) would need several round trips where one will do. Key lists go to EF as parameters (one
    /// compiled query per shape) and are still written inline in the SQL. Public: tests build contexts alike.
    /// </summary>
    public static void MySqlSettings(MySqlDbContextOptionsBuilder mysql) =>
        mysql.EnableRetryOnFailure(3).MaxBatchSize(1000).TranslateParameterizedCollectionsToConstants();

    /// <summary>
    /// MySqlConnector resets a pooled connection each time it is opened: a round trip and server work
    /// on every open, and a batched query opens one per loader (four for a page of customers with their
    /// lines, plans and balances). TelcoX keeps no session state on a connection (no session variables,
    /// temporary tables or named locks, and a transaction still open is rolled back when its connection
    /// closes), so the reset is skipped. A <c>Connection Reset</c> set in the configuration wins.
    /// </summary>
    public static string WithoutConnectionReset(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Connection Reset"))
            builder.ConnectionReset = false;
        return builder.ConnectionString;
    }

    /// <summary>Case-insensitive filters fold Á like MariaDB. Call on a builder that ran UseSqlite with TranslateParameterizedCollectionsToConstants.</summary>
    public static DbContextOptionsBuilder SqliteSettings(DbContextOptionsBuilder sqlite) =>
        sqlite.AddInterceptors(new Conventions.Filtering.SqliteUnicodeLower());

    private static void AddTelcoContextFactory<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : TelcoDbContext
    {
        // Interceptors registered in DI join every context (tests add one that records SQL).
        services.AddPooledDbContextFactory<TContext>((provider, db) =>
        {
            configure(db);
            db.AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddSingleton<IDbContextFactory<TelcoDbContext>>(sp =>
            new TelcoDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
    }
}
