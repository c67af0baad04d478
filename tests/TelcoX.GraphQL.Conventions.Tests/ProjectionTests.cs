namespace TelcoX.GraphQL.Conventions.Tests;

public sealed class ProjectionTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task AConnectionSelectsOnlyTheColumnsAskedForAndTheKey()
    {
        var data = await library.DataAsync("{ books(first: 2) { nodes { title } } }");

        Assert.Equal(["A Wizard of Earthsea", "The Left Hand of Darkness"], Json.Titles(data.GetProperty("books")));
        var select = Assert.Single(library.Sql.Statements).Split("FROM")[0];
        Assert.Contains("\"Title\"", select);
        Assert.Contains("\"Id\"", select);
        Assert.DoesNotContain("\"Pages\"", select);
        Assert.DoesNotContain("\"AuthorId\"", select);
    }

    [Fact]
    public async Task ASegmentSelectsOnlyTheColumnsAskedFor()
    {
        var data = await library.DataAsync("{ bookPages(skip: 2, take: 2) { items { id pages } pageInfo { hasNextPage hasPreviousPage } } }");

        var page = data.GetProperty("bookPages");
        Assert.Equal([3, 4], Json.Ids(page, "items"));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var select = Assert.Single(library.Sql.Statements).Split("FROM")[0];
        Assert.Contains("\"Pages\"", select);
        Assert.DoesNotContain("\"Title\"", select);
    }
}
