namespace TelcoX.GraphQL.Tests.Conventions;

public sealed class OffsetPagingTests(ConventionsDatabase db) : IClassFixture<ConventionsDatabase>
{
    [Fact]
    public async Task SkipAndTakeReadOneSegmentWithItsPageInfo()
    {
        var page = (await db.DataAsync("""
            { products(skip: 20, take: 4, order: [{ price: DESC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }
            """)).GetProperty("products");

        Assert.Equal([5, 4, 3, 2], page.Ids("items"));
        Assert.True(page.HasPage("hasNextPage"));
        Assert.True(page.HasPage("hasPreviousPage"));
        Assert.Equal(25, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TheDefaultSegmentIsTenAndTheLastSegmentHasNoNext()
    {
        var first = (await db.DataAsync("{ products { items { id } pageInfo { hasNextPage hasPreviousPage } } }")).GetProperty("products");
        var last = (await db.DataAsync("{ products(skip: 20, take: 10, where: { isActive: { eq: true } }) { items { id } pageInfo { hasNextPage } } }")).GetProperty("products");

        Assert.Equal(Enumerable.Range(1, 10), first.Ids("items"));
        Assert.False(first.HasPage("hasPreviousPage"));
        Assert.Empty(last.Ids("items"));
        Assert.False(last.HasPage("hasNextPage"));
    }

    [Theory]
    [InlineData("take: 0")]
    [InlineData("take: 101")]
    [InlineData("skip: -1")]
    public async Task ASegmentOutsideTheLimitsIsAnError(string arguments)
    {
        var response = await db.ExecuteAsync($"{{ products({arguments}) {{ items {{ id }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task TakeUpToAHundredIsAllowed()
    {
        var page = (await db.DataAsync("{ products(take: 100) { items { id } } }")).GetProperty("products");

        Assert.Equal(25, page.Ids("items").Count);
    }
}
