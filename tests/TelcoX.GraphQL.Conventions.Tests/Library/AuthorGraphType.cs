using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Tests.Library;

public sealed class AuthorGraphType : ObjectGraphType<Author>
{
    public AuthorGraphType()
    {
        Name = "Author";
        Field(a => a.Id);
        Field(a => a.Name);
        this.ListPerParent<BookGraphType, Book, Author, int, LibraryDbContext>("books", db => db.Books, b => b.AuthorId, a => a.Id);
    }
}
