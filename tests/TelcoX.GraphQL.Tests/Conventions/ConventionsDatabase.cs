using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Conventions.Schema;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>
/// A fresh database (SQLite, or MariaDB under TELCOX_TEST_MYSQL) holding <see cref="ConventionsSeed"/>,
/// and the test-only schema executed through graphql-dotnet's DocumentExecuter.
/// </summary>
public sealed class ConventionsDatabase : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly ISchema schema = new ConventionsTestSchema();
    private ServiceProvider services = null!;

    public SqlCapture Sql { get; } = new();

    private static readonly ClaimsPrincipal StaffUser = new(new ClaimsIdentity([new Claim("role", "ADMIN")], "Test", "sub", "role"));

    public async Task InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(new FixedTimeProvider(ConventionsSeed.Now));
        if (TestDatabase.IsMySql)
            AddFactory<MySqlTelcoDbContext>(collection, db => db.UseMySql(database.ConnectionString, new MariaDbServerVersion(new Version(10, 11)), DatabaseRegistration.MySqlSettings));
        else
            AddFactory<SqliteTelcoDbContext>(collection, db => DatabaseRegistration.SqliteSettings(db.UseSqlite(database.ConnectionString, sqlite => sqlite.TranslateParameterizedCollectionsToConstants())));
        services = collection.BuildServiceProvider();

        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
        db.AddRange(ConventionsSeed.Customers);
        db.AddRange(ConventionsSeed.Lines);
        db.AddRange(ConventionsSeed.Consumptions);
        db.AddRange(ConventionsSeed.DataPlans);
        db.AddRange(ConventionsSeed.Invoices);
        db.AddRange(ConventionsSeed.Coupons);
        db.AddRange(ConventionsSeed.Products);
        db.AddRange(ConventionsSeed.Users);
        await db.SaveChangesAsync();
        Sql.Clear();
    }

    public TelcoDbContext CreateDbContext() => services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();

    /// <summary>The whole response ({ data, errors }); the SQL log holds only this execution's statements.</summary>
    public async Task<JsonElement> ExecuteAsync(string query)
    {
        Sql.Clear();
        await using var scope = services.CreateAsyncScope();
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
            // The conventions are exercised as staff (every row); the row scope has tests of its own.
            options.User = StaffUser;
            // A failing test should say why, not "Error trying to resolve field".
            options.UnhandledExceptionDelegate = context =>
            {
                context.ErrorMessage = context.OriginalException.ToString();
                return Task.CompletedTask;
            };
        });
        return JsonDocument.Parse(new GraphQLSerializer().Serialize(result)).RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(string query)
    {
        var response = await ExecuteAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    private void AddFactory<TContext>(IServiceCollection collection, Action<DbContextOptionsBuilder> configure)
        where TContext : TelcoDbContext
    {
        collection.AddDbContextFactory<TContext>(options => configure(options.AddInterceptors(Sql)));
        collection.AddSingleton<IDbContextFactory<TelcoDbContext>>(sp =>
            new TelcoDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }
}
