using TelcoX.Client.Tests.GraphQL;
using TelcoX.Client.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Server;

namespace TelcoX.Client.Tests.Runtime;

/// <summary>Generated subscriptions over graphql-transport-ws against the real API.</summary>
public sealed class SubscriptionTests(KestrelTelcoApi api) : IClassFixture<KestrelTelcoApi>
{
    [Fact]
    public async Task ASubscriptionReceivesTheEventAMutationCauses()
    {
        await using var admin = await ClientHost.SignedInAsync(api.GraphQLUrl);
        var product = (await admin.Client.GetProductsAsync(first: 1)).EnsureData().Catalogue!.Nodes![0];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var events = admin.Client.OnInventoryChanged(product.Id, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync().AsTask();
        // The server may not have registered the subscription yet: change the stock until an event arrives.
        for (var quantity = 40; !next.IsCompleted; quantity++)
        {
            (await admin.Client.SetInventoryAsync(product.Id, quantity, timeout.Token)).EnsureData();
            await Task.WhenAny(next, Task.Delay(250, timeout.Token));
        }

        Assert.True(await next);
        var changed = events.Current.EnsureData().OnInventoryChanged;
        Assert.Equal(product.Id, changed.ProductId);
        Assert.InRange(changed.Quantity, 40, 200);
        Assert.Equal(product.Price, changed.Product.Price);
        await timeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.MoveNextAsync());
        await events.DisposeAsync();
    }

    [Fact]
    public async Task ABadTokenEndsTheSubscriptionWithAReadableTransportError()
    {
        await using var host = new ClientHost(api.GraphQLUrl, token: "not-a-jwt");

        var results = await host.Client.OnInventoryChanged(1).CollectAsync();

        var error = Assert.Single(Assert.Single(results).Errors);
        Assert.Equal(GraphQLClientError.TransportErrorCode, error.Code);
        Assert.Contains("4403", error.Message);
        Assert.Contains("Forbidden", error.Message);
    }

    [Fact]
    public async Task AnUnreachableApiEndsTheSubscriptionWithATransportError()
    {
        await using var host = new ClientHost(new Uri($"http://127.0.0.1:{FreePort.Next()}/graphql"));

        var results = await host.Client.OnInventoryChanged(1).CollectAsync();

        Assert.Equal(GraphQLClientError.TransportErrorCode, Assert.Single(Assert.Single(results).Errors).Code);
    }
}
