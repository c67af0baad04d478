namespace TelcoX.GraphQL.Conventions.Tests.Library;

/// <summary>Two authors and seven books; titles and page counts chosen so that filters and orders tell rows apart.</summary>
public static class LibrarySeed
{
    public static readonly Author[] Authors = [new() { Id = 1, Name = "Le Guin" }, new() { Id = 2, Name = "Herbert" }];

    public static readonly Book[] Books =
    [
        new() { Id = 1, Title = "A Wizard of Earthsea", Pages = 183, AuthorId = 1 },
        new() { Id = 2, Title = "The Left Hand of Darkness", Pages = 304, AuthorId = 1 },
        new() { Id = 3, Title = "The Dispossessed", Pages = 387, AuthorId = 1 },
        new() { Id = 4, Title = "Dune", Pages = 412, AuthorId = 2 },
        new() { Id = 5, Title = "Dune Messiah", Pages = 256, AuthorId = 2 },
        new() { Id = 6, Title = "Children of Dune", Pages = 444, AuthorId = 2 },
        new() { Id = 7, Title = "The Lathe of Heaven", Pages = 184, AuthorId = 1 },
    ];
}
