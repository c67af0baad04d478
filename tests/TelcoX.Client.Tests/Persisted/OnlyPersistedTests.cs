using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using TelcoX.Client.Tests.Infrastructure;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Tests.Infrastructure;
using AdminClient = TelcoX.Admin.GraphQL.TelcoXClient;
using TestClient = TelcoX.Client.Tests.GraphQL.TelcoXClient;

namespace TelcoX.Client.Tests.Persisted;

/// <summary>With GraphQL:OnlyPersisted=true the admin's generated client still works, by document id alone.</summary>
public sealed class OnlyPersistedTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task TheAdminClientRunsByDocumentIdAlone()
    {
        await using var trusted = OnlyPersisted(api);
        var bodies = new List<JsonElement>();

        var anonymous = new AdminClient(Transport(trusted, token: null, persisted: true, bodies));
        var login = (await anonymous.LoginAsync(ClientHost.AdminEmail, ClientHost.DemoPassword)).EnsureData().Login;
        var admin = new AdminClient(Transport(trusted, login.Token, persisted: true, bodies));
        var customers = (await admin.GetCustomersAsync(first: 3)).EnsureData().Customers!;

        Assert.Equal(3, customers.Nodes!.Count);
        Assert.True(customers.TotalCount >= 3);
        Assert.All(bodies, body =>
        {
            Assert.StartsWith("sha256:", body.GetProperty("documentId").GetString());
            Assert.False(body.TryGetProperty("query", out _));
        });
        Assert.Equal(2, bodies.Count);
    }

    [Fact]
    public async Task ADocumentOutsideTheStoreIsRefusedByTextAndById()
    {
        await using var trusted = OnlyPersisted(api);

        var byText = await new TestClient(Transport(trusted, null, persisted: false, [])).GetProductsAsync();
        var byId = await new TestClient(Transport(trusted, null, persisted: true, [])).GetProductsAsync();

        Assert.Equal("PERSISTED_QUERY_ONLY", Assert.Single(byText.Errors).Code);
        Assert.Equal("PersistedQueryNotFound", Assert.Single(byId.Errors).Message);
        Assert.Null(byText.Data);
    }

    // Generic only so as not to name Program, which the admin and the generator also define.
    private static WebApplicationFactory<TEntry> OnlyPersisted<TEntry>(WebApplicationFactory<TEntry> api) where TEntry : class =>
        api.WithWebHostBuilder(host => host.UseSetting(PersistedDocumentStore.OnlyPersistedSetting, "true"));

    // In-memory TestServer: HTTP only, so the websocket transport is never opened here.
    private static GraphQLTransport Transport<TEntry>(WebApplicationFactory<TEntry> server, string? token, bool persisted, List<JsonElement> bodies)
        where TEntry : class
    {
        var options = Options.Create(new GraphQLClientOptions { Endpoint = new Uri("http://localhost/graphql"), UsePersistedDocuments = persisted });
        var tokens = new StaticAccessTokenProvider(token);
        var http = server.CreateDefaultClient(new Uri("http://localhost/"), new BodyRecorder(bodies));
        return new GraphQLTransport(new GraphQLHttpTransport(http, options, tokens), new GraphQLWebSocketTransport(options, tokens));
    }

    private sealed class BodyRecorder(List<JsonElement> bodies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bodies.Add(JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken)).RootElement.Clone());
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
