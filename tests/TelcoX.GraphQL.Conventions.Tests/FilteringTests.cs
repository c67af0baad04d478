namespace TelcoX.GraphQL.Conventions.Tests;

public sealed class FilteringTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task AWhereArgumentRunsAsASqlWhere()
    {
        var data = await library.DataAsync("""{ books(where: { title: { contains: "Dune" } }) { nodes { id title } } }""");

        Assert.Equal(["Dune", "Dune Messiah", "Children of Dune"], Json.Titles(data.GetProperty("books")));
        var sql = Assert.Single(library.Sql.Statements);
        Assert.Matches(@"WHERE .*""b"".""Title""", sql);
    }

    [Fact]
    public async Task OrCombinesComparisonsAndStringOperations()
    {
        var data = await library.DataAsync("""{ books(where: { or: [{ pages: { gt: 400 } }, { title: { startsWith: "The L" } }] }) { nodes { id } } }""");

        Assert.Equal([2, 4, 6, 7], Json.Ids(data.GetProperty("books")));
    }

    [Fact]
    public async Task AReferenceIsFilteredThroughItsOwnFields()
    {
        var data = await library.DataAsync("""{ books(where: { author: { name: { eq: "Herbert" } }, pages: { lt: 420 } }) { nodes { id } } }""");

        Assert.Equal([4, 5], Json.Ids(data.GetProperty("books")));
        Assert.Contains("JOIN", Assert.Single(library.Sql.Statements));
    }

    [Fact]
    public async Task ACollectionIsFilteredWithSome()
    {
        var data = await library.DataAsync("{ authors(where: { books: { some: { pages: { gt: 440 } } } }) { nodes { id name } } }");

        Assert.Equal([2], Json.Ids(data.GetProperty("authors")));
    }
}
