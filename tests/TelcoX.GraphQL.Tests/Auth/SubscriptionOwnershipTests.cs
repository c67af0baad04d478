using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using TelcoX.GraphQL.Tests.Usage;
using TelcoX.GraphQL.Users;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>A signed-in CUSTOMER's subscriptions carry only their own events.</summary>
public sealed class SubscriptionOwnershipTests(RealtimeApiFactory api) : IClassFixture<RealtimeApiFactory>
{
    private const string OnNotification = "subscription { onNotification { id kind message } }";
    private const string IssueInvoiceMutation = "mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { number } errors { __typename } } }";

    [Fact]
    public async Task ACustomerReceivesOnlyTheirOwnNotifications()
    {
        await api.AllReleasedAsync(30_000);
        var mine = await BillingRows.ArrangeAsync(api);
        var theirs = await BillingRows.ArrangeAsync(api);
        using var me = await SignedInSocketAsync(mine);
        using var them = await SignedInSocketAsync(theirs);
        await me.SendAsync(Subscribe("n", OnNotification));
        await them.SendAsync(Subscribe("n", OnNotification));
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 2, "both notification subscriptions");

        // Their notification first: had it leaked, it would be the first thing on my socket.
        var theirNumber = await IssueInvoiceAsync(theirs);
        Assert.Contains(theirNumber, Notification(await them.ReceiveOfTypeAsync("next")).GetProperty("message").GetString());
        var myNumber = await IssueInvoiceAsync(mine);
        var received = Notification(await me.ReceiveOfTypeAsync("next"));

        Assert.Contains(myNumber, received.GetProperty("message").GetString());
        Assert.Equal("INVOICE_STATUS", received.GetProperty("kind").GetString());
        // Nothing else is waiting on either socket: the answer to a ping comes first.
        await me.SendAsync(new { type = "ping" });
        await me.ReceiveOfTypeAsync("pong");
        await them.SendAsync(new { type = "ping" });
        await them.ReceiveOfTypeAsync("pong");
    }

    /// <summary>
    /// Someone else's line reads as NOT_FOUND with the usual message, as every CUSTOMER read does (the
    /// Auth README's row scope): FORBIDDEN would confirm that the number exists. Both lines have an
    /// active data plan, so usage on either really produces an event; a witness (staff) watching the
    /// other line proves it did before the customer's own usage is recorded.
    /// </summary>
    [Fact]
    public async Task ACustomerCannotWatchSomeoneElsesLineButWatchesTheirOwn()
    {
        await api.AllReleasedAsync(30_000);
        var mine = await UsageArrange.AddAsync(api, limitBytes: 1L << 30, withUser: true);
        var theirs = await UsageArrange.AddAsync(api, limitBytes: 1L << 30, withUser: true);
        using var socket = await SignedInSocketAsync(mine.User!);
        using var witness = await SignedInSocketAsync(await api.TokenAsync(Role.Admin));

        await socket.SendAsync(Subscribe("other", UsageOf(theirs.Msisdn)));
        var error = Assert.Single((await socket.ReceiveOfTypeAsync("error")).GetProperty("payload").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Cliente no encontrado", error.GetProperty("message").GetString());

        await socket.SendAsync(Subscribe("own", UsageOf(mine.Msisdn)));
        await witness.SendAsync(Subscribe("theirs", UsageOf(theirs.Msisdn)));
        // Each onUsageUpdated holds two bus subscriptions (usage and consumption).
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 4, "both subscribers' bus subscriptions", 30_000);
        await RecordUsageAsync(theirs.Msisdn);
        Assert.Equal(theirs.Msisdn, Snapshot(await witness.ReceiveOfTypeAsync("next")).GetProperty("msisdn").GetString());
        await RecordUsageAsync(mine.Msisdn);

        var next = await socket.ReceiveOfTypeAsync("next");
        Assert.Equal("own", next.GetProperty("id").GetString());
        Assert.False(next.GetProperty("payload").TryGetProperty("errors", out var errors), $"{errors}");
        Assert.Equal(mine.Msisdn, Snapshot(next).GetProperty("msisdn").GetString());
        // Nothing else is waiting: the answer to a ping comes first.
        await socket.SendAsync(new { type = "ping" });
        await socket.ReceiveOfTypeAsync("pong");
    }

    /// <summary>Someone else's contract answers exactly as a contract that does not exist; one's own carries one's own invoices only.</summary>
    [Fact]
    public async Task ACustomerCannotWatchSomeoneElsesInvoicesButWatchesTheirOwn()
    {
        await api.AllReleasedAsync(30_000);
        var mine = await BillingRows.ArrangeAsync(api);
        var theirs = await BillingRows.ArrangeAsync(api);
        using var socket = await SignedInSocketAsync(mine);
        using var witness = await SignedInSocketAsync(await api.TokenAsync(Role.Admin));
        var unknownContract = "T-" + TestRows.Unique();

        await socket.SendAsync(Subscribe("x", InvoicesOf(unknownContract)));
        var unknown = (await socket.ReceiveOfTypeAsync("error")).GetRawText().Replace(unknownContract, "<contract>", StringComparison.Ordinal);
        await socket.SendAsync(Subscribe("x", InvoicesOf(theirs.Customer.ContractNumber)));
        var other = (await socket.ReceiveOfTypeAsync("error")).GetRawText().Replace(theirs.Customer.ContractNumber, "<contract>", StringComparison.Ordinal);
        Assert.Equal(unknown, other);
        Assert.Contains("NOT_FOUND", other);

        await socket.SendAsync(Subscribe("own", InvoicesOf(mine.Customer.ContractNumber)));
        await witness.SendAsync(Subscribe("theirs", InvoicesOf(theirs.Customer.ContractNumber)));
        await Events.EventRecorder<object>.WaitUntilAsync(() => api.Router.SubscriptionCount == 2, "both invoice subscriptions", 30_000);
        var theirNumber = await IssueInvoiceAsync(theirs);
        Assert.Equal(theirNumber, Invoice(await witness.ReceiveOfTypeAsync("next")).GetProperty("number").GetString());
        var myNumber = await IssueInvoiceAsync(mine);

        var next = await socket.ReceiveOfTypeAsync("next");
        Assert.Equal("own", next.GetProperty("id").GetString());
        Assert.Equal(myNumber, Invoice(next).GetProperty("number").GetString());
        await socket.SendAsync(new { type = "ping" });
        await socket.ReceiveOfTypeAsync("pong");
    }

    private static string InvoicesOf(string contract) => $$"""subscription { onInvoiceStatusChanged(contractNumber: "{{contract}}") { number status } }""";

    private static JsonElement Invoice(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("onInvoiceStatusChanged");

    private static JsonElement Snapshot(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("onUsageUpdated");

    private static string UsageOf(string msisdn) => $$"""subscription { onUsageUpdated(msisdn: "{{msisdn}}") { msisdn consumption { minutes } } }""";

    private async Task RecordUsageAsync(string msisdn)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            $$"""mutation { recordUsageEvent(input: { msisdn: "{{msisdn}}", category: SOCIAL, bytes: 4096 }) { counted errors { __typename } } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("recordUsageEvent").GetProperty("errors").ValueKind);
    }

    private Task<GraphQLSocket> SignedInSocketAsync(BillingRows rows) => SignedInSocketAsync(rows.User);

    private Task<GraphQLSocket> SignedInSocketAsync(User user) => SignedInSocketAsync(api.Services.GetRequiredService<TokenIssuer>().Issue(user).Token);

    private async Task<GraphQLSocket> SignedInSocketAsync(string token)
    {
        var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws", apiKey: null);
        await socket.InitAsync(new { Authorization = $"Bearer {token}" });
        return socket;
    }

    private async Task<string> IssueInvoiceAsync(BillingRows rows)
    {
        var data = await api.CreateClient(Role.Admin).QueryDataAsync(IssueInvoiceMutation, new
        {
            input = new { customerId = rows.Customer.Id, period = "2099-01", subtotal = 10m, tax = 1.2m, dueDate = "2099-02-01T00:00:00Z" },
        });
        return data.GetProperty("issueInvoice").GetProperty("invoice").GetProperty("number").GetString()!;
    }

    private static JsonElement Notification(JsonElement next) => next.GetProperty("payload").GetProperty("data").GetProperty("onNotification");
}
