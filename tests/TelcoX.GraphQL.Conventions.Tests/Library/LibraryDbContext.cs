using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Conventions.Tests.Library;

public sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Book> Books => Set<Book>();

    /// <summary>Null: every book. Otherwise only that author's: what a field hook may set per caller.</summary>
    public int? OnlyAuthorId { get; set; }

    protected override void OnModelCreating(ModelBuilder model) =>
        model.Entity<Book>().HasQueryFilter(b => OnlyAuthorId == null || b.AuthorId == OnlyAuthorId);
}
