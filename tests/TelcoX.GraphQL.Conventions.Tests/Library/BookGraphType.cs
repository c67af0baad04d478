using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Tests.Library;

public sealed class BookGraphType : ObjectGraphType<Book>
{
    public BookGraphType()
    {
        Name = "Book";
        Field(b => b.Id);
        Field(b => b.Title);
        Field(b => b.Pages);
    }
}
