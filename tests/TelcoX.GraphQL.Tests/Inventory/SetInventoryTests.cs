using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Inventory;

public sealed class SetInventoryTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task SettingStockCreatesTheRowThenReplacesItAndPublishesEachChange()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        var events = new EventRecorder<InventoryChanged>();
        using var subscription = api.Services.GetRequiredService<EventBus>()
            .Subscribe<InventoryChanged>(InventoryChanged.KeyFor(product.Id)).Subscribe(events);

        var first = await SetAsync(product.Id, 12);
        var second = await SetAsync(product.Id, 0);

        PayloadAssert.Succeeded(first);
        Assert.Equal(12, first.GetProperty("inventory").GetProperty("quantity").GetInt32());
        Assert.Equal(0, second.GetProperty("inventory").GetProperty("quantity").GetInt32());
        await using var db = api.CreateDbContext();
        Assert.Equal(0, (await db.Inventories.SingleAsync(i => i.ProductId == product.Id)).Quantity);
        await events.WaitForCountAsync(2);
        Assert.Equal([new InventoryChanged(product.Id, 12), new InventoryChanged(product.Id, 0)], events.Events);
    }

    [Fact]
    public async Task ANegativeQuantityIsRefusedAndChangesNothing()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        await SetAsync(product.Id, 5);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await SetAsync(product.Id, -1);

        Snapshots.Match(payload);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AMissingProductIsNotFoundWithTheSeedMessage()
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await SetAsync(987654, 3);

        PayloadAssert.SingleError(payload, "NotFoundError", "Product not found", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<JsonElement> SetAsync(int productId, int quantity) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(InventoryDocuments.SetInventory, new { input = new { productId, quantity } }))
            .GetProperty("setInventory");
}
