namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class CursorPagingTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    [Fact]
    public async Task FirstPageHasTheDefaultSizeAndHotChocolatesShape()
    {
        var page = (await db.DataAsync("""
            { customers { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }
            """)).GetProperty("customers");

        Assert.Equal(Enumerable.Range(1, 10), page.Ids());
        Assert.Equal(page.Ids(), page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
        Assert.True(page.HasPage("hasNextPage"));
        Assert.False(page.HasPage("hasPreviousPage"));
        Assert.Equal(page.GetProperty("edges")[0].GetProperty("cursor").GetString(), page.Cursor("startCursor"));
        Assert.Equal(60, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TypesAreNamedAfterTheField()
    {
        var data = await db.DataAsync("""
            { c: __type(name: "CustomersConnection") { fields { name } } e: __type(name: "CustomersEdge") { fields { name } }
              s: __type(name: "ProductsCollectionSegment") { fields { name } } }
            """);

        Assert.Equal(["edges", "nodes", "pageInfo", "totalCount"], data.GetProperty("c").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["cursor", "node"], data.GetProperty("e").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["items", "pageInfo", "totalCount"], data.GetProperty("s").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("last: 100")]
    [InlineData("first: -1")]
    public async Task APageBeyondTheLimitIsAnErrorNamingIt(string arguments)
    {
        var response = await db.ExecuteAsync($"{{ customers({arguments}) {{ nodes {{ id }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Contains("50", response.ErrorMessage());
    }

    [Fact]
    public async Task FirstAndLastTogetherAreRefused()
    {
        var response = await db.ExecuteAsync("{ customers(first: 2, last: 2) { nodes { id } } }");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task ACursorFromAnotherOrderIsRefused()
    {
        var page = (await db.DataAsync("{ customers(first: 2, order: [{ name: ASC }]) { pageInfo { endCursor } } }")).GetProperty("customers");

        var response = await db.ExecuteAsync($"{{ customers(first: 2, after: \"{page.Cursor("endCursor")}\", order: [{{ name: DESC }}]) {{ nodes {{ id }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task AGarbledCursorIsRefused()
    {
        var response = await db.ExecuteAsync("{ customers(after: \"not-a-cursor\") { nodes { id } } }");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Theory]
    [InlineData("""{"O":"id:ASC"}""")]
    [InlineData("""{"O":"id:ASC","K":null}""")]
    [InlineData("""{"K":[1]}""")]
    [InlineData("""{"O":"id:ASC","K":[null]}""")]
    [InlineData("""{"O":"id:ASC","K":["one"]}""")]
    [InlineData("""{"O":"id:ASC","K":[1.5]}""")]
    [InlineData("""{"O":"id:ASC","K":{"0":1}}""")]
    [InlineData("null")]
    [InlineData("[1]")]
    [InlineData("\"id:ASC\"")]
    public async Task ACursorOfValidJsonButTheWrongShapeIsRefusedAsInvalid(string json)
    {
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json));

        var response = await db.ExecuteAsync($"{{ customers(first: 2, after: \"{cursor}\") {{ nodes {{ id }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Equal("The cursor is not valid.", response.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task EveryRowIsVisitedOnceForwardsAndBackwards()
    {
        var forward = await PagingWalker.WalkForwardAsync(db, "customers", "", 7);
        var backward = await PagingWalker.WalkBackwardAsync(db, "customers", "", 7);

        Assert.Equal(Enumerable.Range(1, 60), forward.Ids);
        Assert.Equal(Enumerable.Range(1, 60), backward.Ids);
        Assert.Equal(9, forward.Pages);
    }

    [Fact]
    public async Task LastWithoutCursorReadsTheEnd()
    {
        var page = (await db.DataAsync("{ customers(last: 3) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")).GetProperty("customers");

        Assert.Equal([58, 59, 60], page.Ids());
        Assert.True(page.HasPage("hasPreviousPage"));
    }
}
