using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Server;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>Real client libraries in node subscribe to the app on Kestrel and receive a mutation's change.</summary>
public sealed class NodeClientTests(KestrelTelcoApi api) : IClassFixture<KestrelTelcoApi>
{
    [Theory]
    [InlineData("graphql-ws")]
    [InlineData("subscriptions-transport-ws")]
    [InlineData("graphql-sse")]
    public async Task ARealClientReceivesTheChangesAMutationMakes(string client)
    {
        var productId = await ProductIdAsync();
        var router = api.Services.GetRequiredService<EventRouter>();
        var before = router.SubscriptionCount;
        using var node = await NodeClient.SubscribeAsync(client, api.GraphQLUrl, productId, count: 2);
        await EventRecorder<object>.WaitUntilAsync(() => router.SubscriptionCount > before, $"{client} to subscribe", 20_000);

        using var http = new HttpClient { BaseAddress = new Uri(api.GraphQLUrl, "/") };
        http.DefaultRequestHeaders.Add("X-API-Key", AuthenticatedClients.DevelopmentApiKey);
        await http.QueryDataAsync(RealtimeDocuments.SetInventory, new { id = productId, q = 7 });
        await http.QueryDataAsync(RealtimeDocuments.SetInventory, new { id = productId, q = 8 });

        var quantities = (await node.EventsAsync())
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32())
            .ToList();
        // Each event is read afresh when pushed, so the first may already show the second change.
        Assert.Equal(2, quantities.Count);
        Assert.Equal(8, quantities[^1]);
        Assert.Contains(quantities[0], new[] { 7, 8 });
        await EventRecorder<object>.WaitUntilAsync(() => router.SubscriptionCount == before, $"{client} to unsubscribe");
    }

    private async Task<int> ProductIdAsync()
    {
        await using var db = api.Services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();
        return await db.Products.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
