namespace TelcoX.GraphQL.Conventions.Tests;

/// <summary>A first page with no filter runs as a compiled query; one whose lambda captures state must not.</summary>
public sealed class CompiledQueryTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    [Fact]
    public async Task ALambdaThatCapturesStateIsBuiltAgainForEachRequest()
    {
        const string Query = "{ booksOfOneKind { nodes { id } } }";
        var kind = library.Schema.Query is Library.LibraryQuery query ? query.Kind : throw new InvalidOperationException();

        var every = await library.DataAsync(Query);
        kind.LongOnly = true;
        var longOnes = await library.DataAsync(Query);

        Assert.Equal(7, Json.Ids(every.GetProperty("booksOfOneKind")).Count);
        Assert.Equal([4, 6], Json.Ids(longOnes.GetProperty("booksOfOneKind")));
    }
}
