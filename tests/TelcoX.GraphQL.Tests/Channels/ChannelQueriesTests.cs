using System.Text.Json;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Channels;

public sealed class ChannelQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ChannelByIdReturnsKindContentCustomerAndTimestamp()
    {
        var channel = Message(TestRows.Customer("Test Carla"), ChannelKind.Call, "Test call", TestRows.Now);
        await api.AddRowsAsync(channel);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { channel(id: $id) { id kind content timestamp customer { name } } }", new { id = channel.Id });

        var found = data.GetProperty("channel");
        Assert.Equal("CALL", found.GetProperty("kind").GetString());
        Assert.Equal("Test call", found.GetProperty("content").GetString());
        Assert.Equal(TestRows.Now, found.GetProperty("timestamp").GetDateTimeOffset().UtcDateTime);
        Assert.Equal("Test Carla", found.GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownChannelIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ channel(id: 987654321) { id } }");

        NotFound(response, "channel", "Channel 987654321 not found");
    }

    [Fact]
    public async Task ChannelsListsEveryMessageById()
    {
        var channel = Message(TestRows.Customer(), ChannelKind.Email, "Test listed", TestRows.Now);
        await api.AddRowsAsync(channel);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: channels(first: 50) { nodes { id } } mine: channels(where: { id: { eq: $id } }) { nodes { id } } }",
            new { id = channel.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([channel.Id], Ints(data.GetProperty("mine").GetProperty("nodes"), "id"));
    }

    [Fact]
    public async Task ChannelsByCustomerAreNewestFirst()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(
            Message(customer, ChannelKind.Email, "first", TestRows.Now.AddHours(-3)),
            Message(customer, ChannelKind.Call, "third", TestRows.Now.AddHours(-1)),
            Message(customer, ChannelKind.Email, "second", TestRows.Now.AddHours(-2)),
            Message(TestRows.Customer(), ChannelKind.Email, "someone else's", TestRows.Now));

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { channelsByCustomer(customerId: $id) { content } }", new { id = customer.Id });

        Assert.Equal(["third", "second", "first"], Strings(data.GetProperty("channelsByCustomer"), "content"));
    }

    [Fact]
    public async Task ChannelsOfACustomerWithNoneAreAnEmptyList()
    {
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { channelsByCustomer(customerId: $id) { id } }", new { id = customer.Id });

        Assert.Empty(data.GetProperty("channelsByCustomer").EnumerateArray());
    }

    [Fact]
    public async Task ChannelsOfAnUnknownCustomerIsTheSeedMessage()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ channelsByCustomer(customerId: 987654321) { id } }");

        NotFound(response, "channelsByCustomer", "El cliente con id 987654321 no existe");
    }

    [Fact]
    public async Task MessagesByKindAreOnlyThatKindNewestFirst()
    {
        var customer = TestRows.Customer();
        var older = Message(customer, ChannelKind.Call, "Test older call", TestRows.Now.AddYears(1));
        var newer = Message(customer, ChannelKind.Call, "Test newer call", TestRows.Now.AddYears(2));
        await api.AddRowsAsync(older, newer, Message(customer, ChannelKind.Email, "Test mail", TestRows.Now.AddYears(3)));

        var data = await api.CreateClient(Role.Admin).QueryDataAsync("{ messagesByKind(kind: CALL) { id kind } }");

        var calls = data.GetProperty("messagesByKind");
        Assert.All(Strings(calls, "kind"), kind => Assert.Equal("CALL", kind));
        Assert.Equal([newer.Id, older.Id], Ints(calls, "id").Take(2));
    }

    [Theory]
    [InlineData("email", "EMAIL")]
    [InlineData("llamada", "CALL")]
    [InlineData("CALL", "CALL")]
    public async Task MessagesByKindReadsAKindNameAsRegisterChannelDoes(string kindName, string kind)
    {
        var customer = TestRows.Customer();
        var mail = Message(customer, ChannelKind.Email, "Test named mail", TestRows.Now);
        var call = Message(customer, ChannelKind.Call, "Test named call", TestRows.Now);
        await api.AddRowsAsync(mail, call);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($kindName: String) { messagesByKind(kindName: $kindName) { id kind } }", new { kindName });

        var messages = data.GetProperty("messagesByKind");
        Assert.All(Strings(messages, "kind"), found => Assert.Equal(kind, found));
        Assert.Contains((kind == "EMAIL" ? mail : call).Id, Ints(messages, "id"));
    }

    [Fact]
    public async Task MessagesByKindStillTakesAChannelKindVariable()
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($kind: ChannelKind!) { messagesByKind(kind: $kind) { kind } }", new { kind = "EMAIL" });

        Assert.All(Strings(data.GetProperty("messagesByKind"), "kind"), kind => Assert.Equal("EMAIL", kind));
    }

    [Theory]
    [InlineData("{ messagesByKind(kindName: \"sms\") { id } }", "Tipo de canal inválido")]
    [InlineData("{ messagesByKind(kindName: \"\") { id } }", "Tipo de canal inválido")]
    [InlineData("{ messagesByKind { id } }", "Tipo de canal inválido")]
    [InlineData("{ messagesByKind(kind: CALL, kindName: \"llamada\") { id } }", "Indique kind o kindName, no ambos")]
    public async Task AnyOtherKindIsRefusedWithSeed002sSentence(string document, string message)
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync(document);

        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("messagesByKind", Assert.Single(error.GetProperty("path").EnumerateArray()).GetString());
    }

    private static Channel Message(Customer customer, ChannelKind kind, string content, DateTime timestamp) =>
        new() { Customer = customer, Kind = kind, Content = content, Timestamp = timestamp };
}
