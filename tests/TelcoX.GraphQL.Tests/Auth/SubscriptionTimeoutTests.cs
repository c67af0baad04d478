using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using static TelcoX.GraphQL.Tests.Realtime.RealtimeDocuments;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>The execution timeout bounds setting a subscription up, not how long it stays open.</summary>
public sealed class SubscriptionTimeoutTests(SubscriptionTimeoutTests.ShortTimeoutApi api) : IClassFixture<SubscriptionTimeoutTests.ShortTimeoutApi>
{
    /// <summary>
    /// Short enough to wait past, long enough for the mutation that raises the event: that mutation is
    /// bounded too, and at 0.5 s it timed out under stress-ng --cpu 2.
    /// </summary>
    public sealed class ShortTimeoutApi : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:Timeout", "00:00:03");
        }
    }

    [Fact]
    public async Task ASubscriptionStillReceivesEventsAfterTheTimeoutHasPassed()
    {
        int productId;
        using (var db = api.CreateDbContext())
            productId = db.Products.OrderBy(p => p.Id).Select(p => p.Id).First();
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws");
        await socket.InitAsync();
        await socket.SendAsync(Subscribe("stock", OnInventoryChanged, new { id = productId }));

        await Task.Delay(TimeSpan.FromSeconds(4.5));
        await api.CreateClient(Role.ApiKey).QueryDataAsync(SetInventory, new { id = productId, q = 17 });

        var next = await socket.ReceiveOfTypeAsync("next");
        Assert.Equal(17, next.GetProperty("payload").GetProperty("data").GetProperty("onInventoryChanged").GetProperty("quantity").GetInt32());
    }
}
