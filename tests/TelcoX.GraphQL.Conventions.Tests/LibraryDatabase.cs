using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Conventions.Tests.Library;

namespace TelcoX.GraphQL.Conventions.Tests;

/// <summary>
/// An in-memory SQLite database holding <see cref="LibrarySeed"/>, shared by a class's tests, and the
/// library schema run by graphql-dotnet's DocumentExecuter. Each DbContext opens its own connection to
/// the one shared-cache database, which lives as long as <see cref="keepAlive"/>.
/// </summary>
public sealed class LibraryDatabase : IAsyncLifetime
{
    private readonly SqliteConnection keepAlive = new($"Data Source=file:library-{Guid.NewGuid():N}?mode=memory&cache=shared");
    private ServiceProvider services = null!;

    public SqlLog Sql { get; } = new();

    public LibrarySchema Schema => services.GetRequiredService<LibrarySchema>();

    public async Task InitializeAsync()
    {
        await keepAlive.OpenAsync();
        var collection = new ServiceCollection();
        collection.AddDbContextFactory<LibraryDbContext>(options => options
            .UseSqlite(keepAlive.ConnectionString, sqlite => sqlite.TranslateParameterizedCollectionsToConstants())
            .AddInterceptors(Sql));
        // A root field's context sees one author's books when the request names one, as an app's row scope would.
        collection.AddConventions<LibraryDbContext>(context =>
        {
            var db = context.RequestServices!.GetRequiredService<IDbContextFactory<LibraryDbContext>>().CreateDbContext();
            db.OnlyAuthorId = context.UserContext.TryGetValue("authorId", out var id) ? (int?)id : null;
            return db;
        });
        collection.AddSingleton<LibrarySchema>();
        collection.AddSingleton<LibraryQuery>();
        collection.AddTransient<BookGraphType>();
        collection.AddTransient<AuthorGraphType>();
        services = collection.BuildServiceProvider();

        await using var db = await services.GetRequiredService<IDbContextFactory<LibraryDbContext>>().CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        db.AddRange(LibrarySeed.Authors.Select(a => new Author { Id = a.Id, Name = a.Name }));
        db.AddRange(LibrarySeed.Books.Select(b => new Book { Id = b.Id, Title = b.Title, Pages = b.Pages, AuthorId = b.AuthorId }));
        await db.SaveChangesAsync();
    }

    /// <summary>The whole response ({ data, errors }); <see cref="Sql"/> then holds only this execution's statements.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, int? authorId = null)
    {
        Sql.Clear();
        await using var scope = services.CreateAsyncScope();
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
            if (authorId is { } id)
                options.UserContext = new Dictionary<string, object?> { ["authorId"] = id };
            options.UnhandledExceptionDelegate = context =>
            {
                context.ErrorMessage = context.OriginalException.ToString(); // a failing test says why
                return Task.CompletedTask;
            };
        });
        return JsonDocument.Parse(new GraphQLSerializer().Serialize(result)).RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(string query, int? authorId = null)
    {
        var response = await ExecuteAsync(query, authorId);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await keepAlive.DisposeAsync();
    }
}
