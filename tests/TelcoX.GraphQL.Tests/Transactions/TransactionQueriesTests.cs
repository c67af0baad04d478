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

        var data = await api.CreateClient().QueryDataAsync(
            "{ transactions { id kind amount description reference occurredAt customer { name } } }");

        var ids = Ints(data.GetProperty("transactions"), "id");
        Assert.Equal(ids.Order(), ids);
        var mine = data.GetProperty("transactions").EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == transaction.Id);
        Assert.Equal("COUPON_ISSUED", mine.GetProperty("kind").GetString());
        Assert.Equal(12.34m, mine.GetProperty("amount").GetDecimal());
        Assert.Equal("T-CPN-1", mine.GetProperty("reference").GetString());
        Assert.Equal("Test Buyer", mine.GetProperty("customer").GetProperty("name").GetString());
    }
}
