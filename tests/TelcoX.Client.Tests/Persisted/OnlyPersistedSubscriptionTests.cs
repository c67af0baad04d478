using Microsoft.Extensions.Options;
using TelcoX.Admin.GraphQL;
using TelcoX.Client.Tests.Infrastructure;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using AdminClient = TelcoX.Admin.GraphQL.TelcoXClient;

namespace TelcoX.Client.Tests.Persisted;

/// <summary>With GraphQL:OnlyPersisted=true the admin's subscriptions run over the websocket by document id alone.</summary>
public sealed class OnlyPersistedSubscriptionTests
{
    private const string Msisdn = "0969786985"; // seed 001's line, with an active data plan

    [Fact]
    public async Task AnAdminSubscriptionRunsByIdAndReceivesTheEventAMutationCauses()
    {
        await using var database = TestDatabase.Create();
        await using var api = new RealtimeKestrelApi(database, new Dictionary<string, string> { [PersistedDocumentStore.OnlyPersistedSetting] = "true" }).Start();
        var endpoint = new Uri(api.BaseUrl, "graphql");
        string? token;
        await using (var anonymous = new ClientScope(endpoint, token: null))
            token = (await anonymous.Client.LoginAsync(ClientHost.AdminEmail, ClientHost.DemoPassword)).EnsureData().Login.Token;
        await using var admin = new ClientScope(endpoint, token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var events = admin.Client.OnUsageUpdated(Msisdn, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync().AsTask();
        // The server may not have registered the subscription yet: record usage until an event arrives.
        while (!next.IsCompleted)
        {
            var recorded = (await admin.Client.RecordUsageEventAsync(new RecordUsageEventInput { Msisdn = Msisdn, Category = UsageCategory.Social, Bytes = 1024 }, timeout.Token)).EnsureData();
            Assert.True(recorded.RecordUsageEvent.Counted);
            await Task.WhenAny(next, Task.Delay(250, timeout.Token));
        }

        Assert.True(await next);
        Assert.Equal(Msisdn, events.Current.EnsureData().OnUsageUpdated.Msisdn);
        await timeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.MoveNextAsync());
        await events.DisposeAsync();
    }

    /// <summary>The admin's generated client with trusted documents on, over HTTP and the shared websocket.</summary>
    private sealed class ClientScope : IAsyncDisposable
    {
        private readonly HttpClient http = new();
        private readonly GraphQLWebSocketTransport webSocket;

        public ClientScope(Uri endpoint, string? token)
        {
            var options = Options.Create(new GraphQLClientOptions { Endpoint = endpoint, UsePersistedDocuments = true });
            var tokens = new StaticAccessTokenProvider(token);
            webSocket = new GraphQLWebSocketTransport(options, tokens);
            Client = new AdminClient(new GraphQLTransport(new GraphQLHttpTransport(http, options, tokens), webSocket));
        }

        public AdminClient Client { get; }

        public async ValueTask DisposeAsync()
        {
            await webSocket.DisposeAsync();
            http.Dispose();
        }
    }
}
