using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Transactions;

public sealed class TransactionQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task TransactionsListsEveryTransactionByIdWithItsCustomer()
    {
        var transaction = new Transaction
        {
            Customer = TestRows.Customer("Test Buyer"),
            Kind = TransactionKind.CouponIssued,
            Amount = 12.34m,
            Description = "Test coupon issued",
            Reference = "T-CPN-1",
            OccurredAt = TestRows.Now,
        };
        await api.AddRowsAsync(transaction);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: transactions(first: 50) { nodes { id } } " +
            "mine: transactions(where: { id: { eq: $id } }) { nodes { id kind amount description reference occurredAt customer { name } } } }",
            new { id = transaction.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        var mine = Assert.Single(data.GetProperty("mine").GetProperty("nodes").EnumerateArray());
        Assert.Equal("COUPON_ISSUED", mine.GetProperty("kind").GetString());
        Assert.Equal(12.34m, mine.GetProperty("amount").GetDecimal());
        Assert.Equal("T-CPN-1", mine.GetProperty("reference").GetString());
        Assert.Equal("Test Buyer", mine.GetProperty("customer").GetProperty("name").GetString());
    }
}
