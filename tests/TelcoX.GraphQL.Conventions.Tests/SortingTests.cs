namespace TelcoX.GraphQL.Conventions.Tests;

public sealed class SortingTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task OrderSortsInSqlAndTheIdAlwaysEndsIt()
    {
        var data = await library.DataAsync("{ books(order: [{ pages: DESC }]) { nodes { id } } }");

        Assert.Equal([6, 4, 3, 2, 5, 7, 1], Json.Ids(data.GetProperty("books")));
        Assert.Contains("""ORDER BY "b"."Pages" DESC, "b"."Id" """.TrimEnd(), Assert.Single(library.Sql.Statements));
    }

    [Fact]
    public async Task TermsApplyInTheOrderGivenThroughReferences()
    {
        var data = await library.DataAsync("{ books(order: [{ author: { name: ASC } }, { pages: ASC }]) { nodes { id } } }");

        Assert.Equal([5, 4, 6, 1, 7, 2, 3], Json.Ids(data.GetProperty("books")));
    }
}
