namespace TelcoX.GraphQL.Conventions.Tests;

/// <summary>The hook registered with AddConventions: a root field reads through the context it makes (here, one author's books).</summary>
public sealed class FieldDbContextTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task ARootFieldReadsThroughTheRegisteredHook()
    {
        var data = await library.DataAsync("{ books { totalCount nodes { id } } }", authorId: 2);

        Assert.Equal([4, 5, 6], Json.Ids(data.GetProperty("books")));
        Assert.Equal(3, data.GetProperty("books").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TheSameCompiledPageServesEachCallerTheirOwnRows()
    {
        var everyone = await library.DataAsync("{ books { nodes { id } } }");
        var one = await library.DataAsync("{ books { nodes { id } } }", authorId: 1);

        Assert.Equal(7, Json.Ids(everyone.GetProperty("books")).Count);
        Assert.Equal([1, 2, 3, 7], Json.Ids(one.GetProperty("books")));
    }
}
