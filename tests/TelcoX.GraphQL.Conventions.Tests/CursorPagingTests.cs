using System.Text;

namespace TelcoX.GraphQL.Conventions.Tests;

public sealed class CursorPagingTests(LibraryDatabase library) : IClassFixture<LibraryDatabase>
{
    private const string Page = "totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    [Fact]
    public async Task FirstAndAfterWalkEveryBookOnceInIdOrder()
    {
        var first = (await library.DataAsync($"{{ books(first: 3) {{ {Page} }} }}")).GetProperty("books");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await library.DataAsync($"{{ books(first: 3, after: \"{cursor}\") {{ {Page} }} }}")).GetProperty("books");
        cursor = second.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var last = (await library.DataAsync($"{{ books(first: 3, after: \"{cursor}\") {{ {Page} }} }}")).GetProperty("books");

        Assert.Equal([1, 2, 3], Json.Ids(first));
        Assert.Equal([4, 5, 6], Json.Ids(second));
        Assert.Equal([7], Json.Ids(last));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(7, last.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AfterACursorIsAKeysetWhereNeverAnOffset()
    {
        var first = await library.DataAsync("{ books(first: 2) { pageInfo { endCursor } } }");
        var cursor = first.GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        await library.DataAsync($"{{ books(first: 2, after: \"{cursor}\") {{ nodes {{ id }} }} }}");

        var sql = Assert.Single(library.Sql.Statements);
        Assert.Matches(@"WHERE .*""b"".""Id"" > @", sql);
        Assert.DoesNotContain("OFFSET", sql);
    }

    [Fact]
    public async Task LastReadsTheEndOfTheOrderAndBeforeStepsBack()
    {
        var last = (await library.DataAsync($"{{ books(last: 2) {{ {Page} }} }}")).GetProperty("books");
        var cursor = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var before = (await library.DataAsync($"{{ books(last: 2, before: \"{cursor}\") {{ {Page} }} }}")).GetProperty("books");

        Assert.Equal([6, 7], Json.Ids(last));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal([4, 5], Json.Ids(before));
        Assert.True(before.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task ACursorIsBase64OfItsOrderAndTheRowsSortKeys()
    {
        var data = await library.DataAsync("{ books(first: 1, order: [{ pages: DESC }]) { edges { cursor node { id } } } }");

        var edge = data.GetProperty("books").GetProperty("edges")[0];
        Assert.Equal(6, edge.GetProperty("node").GetProperty("id").GetInt32());
        Assert.Equal("""{"O":"pages:DESC,id:ASC","K":[444,6]}""", Encoding.UTF8.GetString(Convert.FromBase64String(edge.GetProperty("cursor").GetString()!)));
    }

    [Fact]
    public async Task APageBeyondTheMaximumSizeIsAnErrorNeverACut()
    {
        var response = await library.ExecuteAsync("{ books(first: 51) { nodes { id } } }");

        Assert.Equal(("'first' must be between 0 and 50 (the maximum page size); it was 51.", "BAD_USER_INPUT"), Json.Error(response));
    }

    [Fact]
    public async Task ACursorIsRefusedUnderAnotherOrder()
    {
        var data = await library.DataAsync("{ books(first: 1) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await library.ExecuteAsync($"{{ books(first: 1, after: \"{cursor}\", order: [{{ title: ASC }}]) {{ nodes {{ id }} }} }}");

        Assert.Equal(("The cursor was made under a different order; a cursor is only valid with the order it came from.", "BAD_USER_INPUT"),
            Json.Error(response));
    }
}
