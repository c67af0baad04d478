using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Tests.Library;

public sealed class LibraryQuery : ObjectGraphType
{
    public LibraryQuery()
    {
        Name = "Query";
        this.Connection<BookGraphType, Book, LibraryDbContext>("books", db => db.Books);
        this.CollectionSegment<BookGraphType, Book, LibraryDbContext>("bookPages", db => db.Books);
        this.Connection<AuthorGraphType, Author, LibraryDbContext>("authors", db => db.Authors);
        var kind = Kind;
        this.Connection<BookGraphType, Book, LibraryDbContext>("booksOfOneKind", db => kind.LongOnly ? db.Books.Where(b => b.Pages > 400) : db.Books);
    }

    /// <summary>State that <c>booksOfOneKind</c>'s lambda captures: which books its query reads when it is built.</summary>
    public BookKind Kind { get; } = new();

    public sealed class BookKind
    {
        public bool LongOnly { get; set; }
    }
}
