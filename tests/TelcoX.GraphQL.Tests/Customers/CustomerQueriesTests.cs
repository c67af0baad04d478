using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Customers;

public sealed class CustomerQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task CustomerByIdReturnsItsFields()
    {
        var customer = TestRows.Customer("Test Ana");
        customer.Dni = "T" + TestRows.Unique();
        await api.AddRowsAsync(customer);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { customer(id: $id) { id name dni email serviceType contractNumber createdAt } }", new { id = customer.Id });

        var found = data.GetProperty("customer");
        Assert.Equal(customer.Id, found.GetProperty("id").GetInt32());
        Assert.Equal("Test Ana", found.GetProperty("name").GetString());
        Assert.Equal(customer.Dni, found.GetProperty("dni").GetString());
        Assert.Equal(customer.Email, found.GetProperty("email").GetString());
        Assert.Equal("prepago", found.GetProperty("serviceType").GetString());
        Assert.Equal(customer.ContractNumber, found.GetProperty("contractNumber").GetString());
        Assert.Equal(customer.CreatedAt, found.GetProperty("createdAt").GetDateTimeOffset().UtcDateTime);
    }

    [Fact]
    public async Task UnknownCustomerIdIsNotFoundWithTheSeedMessage()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ customer(id: 987654321) { id } }");

        NotFound(response, "customer", "El cliente con id 987654321 no existe");
    }

    [Fact]
    public async Task CustomerByMsisdnFindsTheLinesHolder()
    {
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        await api.AddRowsAsync(line);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($m: String!) { customerByMsisdn(msisdn: $m) { id lines { msisdn } } }", new { m = line.Msisdn });

        Assert.Equal(customer.Id, data.GetProperty("customerByMsisdn").GetProperty("id").GetInt32());
        Assert.Equal([line.Msisdn], Strings(data.GetProperty("customerByMsisdn").GetProperty("lines"), "msisdn"));
    }

    [Fact]
    public async Task CustomerByUnknownMsisdnIsClienteNoEncontrado()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ customerByMsisdn(msisdn: \"+15550000000000\") { id } }");

        NotFound(response, "customerByMsisdn", "Cliente no encontrado");
    }

    [Fact]
    public async Task CustomersListsEveryCustomerById()
    {
        var first = TestRows.Customer();
        var second = TestRows.Customer();
        await api.AddRowsAsync(first, second);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($ids: [Int]) { page: customers(first: 50) { nodes { id } } mine: customers(where: { id: { in: $ids } }) { nodes { id } } }",
            new { ids = new[] { first.Id, second.Id } });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([first.Id, second.Id], Ints(data.GetProperty("mine").GetProperty("nodes"), "id"));
    }

    [Fact]
    public async Task CustomerNestsChannelsInvoicesAndTransactionsNewestFirst()
    {
        var customer = TestRows.Customer();
        var older = new Channel { Kind = ChannelKind.Email, Content = "older", Customer = customer, Timestamp = TestRows.Now.AddHours(-2) };
        var newer = new Channel { Kind = ChannelKind.Call, Content = "newer", Customer = customer, Timestamp = TestRows.Now.AddHours(-1) };
        var may = TestRows.Invoice(customer, null, "2025-05", TestRows.Now.AddDays(5));
        var june = TestRows.Invoice(customer, null, "2025-06", TestRows.Now.AddDays(5));
        var recharge = new Transaction { Customer = customer, Kind = TransactionKind.Recharge, Amount = 5m, Description = "Test recharge", OccurredAt = TestRows.Now };
        await api.AddRowsAsync(older, newer, may, june, recharge);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { customer(id: $id) { lines { id } channels { content kind } invoices { nodes { period } } transactions { kind amount } } }",
            new { id = customer.Id });

        var found = data.GetProperty("customer");
        Assert.Empty(found.GetProperty("lines").EnumerateArray());
        Assert.Equal(["newer", "older"], Strings(found.GetProperty("channels"), "content"));
        Assert.Equal(["CALL", "EMAIL"], Strings(found.GetProperty("channels"), "kind"));
        Assert.Equal(["2025-06", "2025-05"], Strings(found.GetProperty("invoices").GetProperty("nodes"), "period"));
        var transaction = Assert.Single(found.GetProperty("transactions").EnumerateArray());
        Assert.Equal("RECHARGE", transaction.GetProperty("kind").GetString());
        Assert.Equal(5m, transaction.GetProperty("amount").GetDecimal());
    }
}
