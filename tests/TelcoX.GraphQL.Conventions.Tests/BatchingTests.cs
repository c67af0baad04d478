namespace TelcoX.GraphQL.Conventions.Tests;

public sealed class BatchingTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task AListUnderEachParentCostsOneStatementForAllParents()
    {
        var data = await library.DataAsync("{ authors { nodes { id books { id } } } }");

        var authors = data.GetProperty("authors").GetProperty("nodes");
        Assert.Equal([1, 2, 3, 7], Json.Ids(authors[0], "books"));
        Assert.Equal([4, 5, 6], Json.Ids(authors[1], "books"));
        Assert.Equal(2, library.Sql.Statements.Count); // the page of authors, then every author's books
        Assert.Matches(@"""b"".""AuthorId"" IN \(1, 2\)", library.Sql.Statements[1]);
    }
}
