using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// Identical subscriptions (same operation, same caller) share one execution and one serialisation
/// per event, whatever transport each subscriber uses; different callers never share.
/// </summary>
public sealed class SharedSubscriptionTests(SqlCapturingRealtimeApiFactory api) : IClassFixture<SqlCapturingRealtimeApiFactory>
{
    private const string TransportWs = "graphql-transport-ws";
    private const string JesusMsisdn = "0969786985"; // the demo CUSTOMER's line
    private const string OnNotification = "subscription { onNotification { id message } }";
    private const int Events = 4;
    /// <summary>How long to wait for a signal on a busy machine: only a failing run waits this long.</summary>
    private const int Patience = 60_000;

    [Fact]
    public async Task TwoHundredSubscribersGetTheSamePayloadsInOrderAndTheEventsCostNoMoreSqlThanForOne()
    {
        await api.AllReleasedAsync(Patience);
        var productId = api.AnyProductId();
        var alone = await RunAsync(productId, sockets: 1, perSocket: 1);
        var crowd = await RunAsync(productId, sockets: 20, perSocket: 10);

        // Without sharing each subscriber would run the event's resolvers (and their SELECTs) itself:
        // 200 × 4 more. A few are allowed for what else the server does meanwhile (a background job).
        Assert.InRange(crowd.Statements, alone.Statements - 5, alone.Statements + 5);
        Assert.Equal(Events, crowd.Payloads.Count);
        Assert.All(crowd.Payloads, payloads => Assert.Equal(200, payloads.Count));
        Assert.All(crowd.Payloads, payloads => Assert.Single(payloads.Distinct()));
        // Each event reads the stock afresh, so on a busy machine a later change may already show:
        // the quantities never go back, and the last event shows the last stock.
        var quantities = crowd.Payloads.Select(payloads => JsonDocument.Parse(payloads[0]).RootElement
            .GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32()).ToList();
        Assert.Equal(quantities.Order(), quantities);
        Assert.InRange(quantities[0], 100, 100 + Events - 1);
        Assert.Equal(100 + Events - 1, quantities[^1]);
        await api.AllReleasedAsync(Patience);
    }

    [Fact]
    public async Task EveryTransportWrapsTheSamePayloadAndTheOthersKeepReceivingUntilTheLastLeaves()
    {
        await api.AllReleasedAsync(Patience);
        var productId = api.AnyProductId();
        using var modern = await SubscribedSocketAsync(TransportWs, productId);
        using var legacy = await GraphQLSocket.ConnectAsync(api, "graphql-ws");
        await legacy.InitAsync();
        await legacy.SendAsync(Start("l", OnInventoryChanged, new { id = productId }));
        using var sse = await SseSubscriber.StartAsync(api.CreateClient(Role.ApiKey), OnInventoryChanged, new { id = productId });
        // The same caller (the AGENT machine key) on all three: one execution.
        await SubscribedAsync(subscribers: 3, "three subscribers");
        Assert.Equal(1, api.Connections.SharedStreams);

        await SetStockAsync(productId, 7);
        var fromModern = (await ReceiveOfTypeAsync(modern, "next")).GetProperty("payload").GetRawText();
        var fromLegacy = (await ReceiveOfTypeAsync(legacy, "data")).GetProperty("payload").GetRawText();
        var fromSse = await sse.NextDataAsync();
        Assert.Equal(fromModern, fromLegacy);
        Assert.Equal(fromModern, fromSse);
        Assert.Contains("\"quantity\":7", fromSse);

        await modern.SendAsync(new { id = "s", type = "complete" });
        legacy.Dispose();
        await EventRecorder<object>.WaitUntilAsync(() => api.Connections.StreamSubscribers == 1, "two subscribers to leave", Patience);
        Assert.Equal(1, api.Connections.SharedStreams);
        await SetStockAsync(productId, 8);
        Assert.Contains("\"quantity\":8", await sse.NextDataAsync());
        await modern.SendAsync(new { type = "ping" });
        await ReceiveOfTypeAsync(modern, "pong"); // the completed subscriber got nothing more
        modern.Dispose();
        sse.Dispose();
        await api.AllReleasedAsync(Patience);
    }

    [Fact]
    public async Task CallersShareOnlyWithThemselvesAndARefusedSubscriberNeverAttaches()
    {
        await api.AllReleasedAsync(Patience);
        var customer = await JesusAsync();
        var issuer = api.Services.GetRequiredService<TokenIssuer>();
        using var admin = await SignedInSocketAsync(await api.TokenAsync(Role.Admin));
        using var owner = await SignedInSocketAsync(issuer.Issue(customer).Token);
        using var ownerAgain = await SignedInSocketAsync(issuer.Issue(customer).Token); // another login of the same user
        using var stranger = await SignedInSocketAsync(issuer.Issue((await BillingRows.ArrangeAsync(api)).User).Token);
        foreach (var socket in new[] { admin, owner, ownerAgain })
            await socket.SendAsync(Subscribe("u", UsageOf(JesusMsisdn)));
        await SubscribedAsync(subscribers: 3, "three subscribers");

        await stranger.SendAsync(Subscribe("u", UsageOf(JesusMsisdn)));
        var refused = Assert.Single((await ReceiveOfTypeAsync(stranger, "error")).GetProperty("payload").EnumerateArray());
        Assert.Equal("NOT_FOUND", refused.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(3, api.Connections.StreamSubscribers);
        Assert.Equal(2, api.Connections.SharedStreams); // the admin's, and the customer's two logins'

        await api.CreateClient(Role.Admin).QueryDataAsync(
            $$"""mutation { recordUsageEvent(input: { msisdn: "{{JesusMsisdn}}", category: SOCIAL, bytes: 2048 }) { counted } }""");
        foreach (var socket in new[] { admin, owner, ownerAgain })
            Assert.Equal(JesusMsisdn, (await ReceiveOfTypeAsync(socket, "next")).GetProperty("payload")
                .GetProperty("data").GetProperty("onUsageUpdated").GetProperty("msisdn").GetString());
        await stranger.SendAsync(new { type = "ping" });
        await ReceiveOfTypeAsync(stranger, "pong");
        foreach (var socket in new[] { admin, owner, ownerAgain, stranger }) socket.Dispose();
        await api.AllReleasedAsync(Patience);
    }

    /// <summary>The same document with no arguments: only the caller tells two subscriptions apart.</summary>
    [Fact]
    public async Task TwoCustomersOfTheSameDocumentEachReceiveOnlyTheirOwnNotifications()
    {
        await api.AllReleasedAsync(Patience);
        var issuer = api.Services.GetRequiredService<TokenIssuer>();
        var (mine, theirs) = (await BillingRows.ArrangeAsync(api), await BillingRows.ArrangeAsync(api));
        using var me = await SignedInSocketAsync(issuer.Issue(mine.User).Token);
        using var them = await SignedInSocketAsync(issuer.Issue(theirs.User).Token);
        await me.SendAsync(Subscribe("n", OnNotification));
        await them.SendAsync(Subscribe("n", OnNotification));
        await SubscribedAsync(subscribers: 2, "both subscribers");
        Assert.Equal(2, api.Connections.SharedStreams);

        // Theirs first, and seen arriving: had it leaked, it would be the first thing on my socket.
        var theirNumber = await IssueInvoiceAsync(theirs);
        Assert.Contains(theirNumber, (await ReceiveOfTypeAsync(them, "next")).GetProperty("payload").GetProperty("data")
            .GetProperty("onNotification").GetProperty("message").GetString());
        var number = await IssueInvoiceAsync(mine);

        Assert.Contains(number, (await ReceiveOfTypeAsync(me, "next")).GetProperty("payload").GetProperty("data")
            .GetProperty("onNotification").GetProperty("message").GetString());
        await me.SendAsync(new { type = "ping" });
        await ReceiveOfTypeAsync(me, "pong");
        me.Dispose();
        them.Dispose();
        await api.AllReleasedAsync(Patience);
    }

    private sealed record Run(int Statements, List<List<string>> Payloads);

    /// <summary>Subscribers of one product on several sockets; <see cref="Events"/> stock changes; every payload as received, by event.</summary>
    private async Task<Run> RunAsync(int productId, int sockets, int perSocket)
    {
        var clients = new List<GraphQLSocket>();
        try
        {
            return await RunOnAsync(clients, productId, sockets, perSocket);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            await api.AllReleasedAsync(Patience);
        }
    }

    private async Task<Run> RunOnAsync(List<GraphQLSocket> clients, int productId, int sockets, int perSocket)
    {
        for (var s = 0; s < sockets; s++)
        {
            var socket = await GraphQLSocket.ConnectAsync(api, TransportWs);
            clients.Add(socket);
            await socket.InitAsync();
            for (var i = 0; i < perSocket; i++)
                await socket.SendAsync(Subscribe($"s{i}", OnInventoryChanged, new { id = productId }));
        }
        await SubscribedAsync(sockets * perSocket, "every subscriber");
        Assert.Equal(1, api.Connections.SharedStreams);

        api.Sql.Clear();
        for (var e = 0; e < Events; e++) await SetStockAsync(productId, 100 + e);
        var payloads = Enumerable.Range(0, Events).Select(_ => new List<string>()).ToList();
        foreach (var socket in clients)
        {
            var received = new Dictionary<string, int>();
            for (var m = 0; m < Events * perSocket; m++)
            {
                var next = await ReceiveOfTypeAsync(socket, "next");
                var id = next.GetProperty("id").GetString()!;
                received[id] = received.GetValueOrDefault(id) + 1;
                payloads[received[id] - 1].Add(next.GetProperty("payload").GetRawText()); // in order per subscriber
            }
        }
        return new Run(api.Sql.Statements.Count, payloads);
    }

    /// <summary>
    /// Every subscriber attached, which the server counts only once its execution receives events (so
    /// a mutation right after cannot be missed), and every execution subscribed to the bus.
    /// </summary>
    private Task SubscribedAsync(int subscribers, string what) => EventRecorder<object>.WaitUntilAsync(
        () => api.Connections.StreamSubscribers == subscribers && api.Router.SubscriptionCount >= api.Connections.SharedStreams,
        $"{what} ({api.Connections.StreamSubscribers} attached)", Patience);

    private static async Task<JsonElement> ReceiveOfTypeAsync(GraphQLSocket socket, string type)
    {
        var message = await socket.ReceiveAsync(Patience);
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected {type}, got {message}");
        return message;
    }

    private async Task<GraphQLSocket> SubscribedSocketAsync(string protocol, int productId)
    {
        var socket = await GraphQLSocket.ConnectAsync(api, protocol);
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("s", OnInventoryChanged, new { id = productId }));
        return socket;
    }

    private async Task<GraphQLSocket> SignedInSocketAsync(string token)
    {
        var socket = await GraphQLSocket.ConnectAsync(api, TransportWs, apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
        return socket;
    }

    private async Task<User> JesusAsync()
    {
        await using var db = api.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoUsers.CustomerEmail);
    }

    private Task SetStockAsync(int productId, int quantity) =>
        api.CreateClient(Role.Admin).QueryDataAsync(SetInventory, new { id = productId, q = quantity });

    private async Task<string> IssueInvoiceAsync(BillingRows rows)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { number } } }",
            new { input = new { customerId = rows.Customer.Id, period = "2099-01", subtotal = 10m, tax = 1.2m, dueDate = "2099-02-01T00:00:00Z" } });
        return data.GetProperty("issueInvoice").GetProperty("invoice").GetProperty("number").GetString()!;
    }

    private static string UsageOf(string msisdn) => $$"""subscription { onUsageUpdated(msisdn: "{{msisdn}}") { msisdn consumption { minutes } } }""";
}
