using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Products;

public sealed class DeleteProductEventTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task DeletingAStockedProductTellsItsStockWatchersItReadsZero()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = 7, UpdatedAt = TestRows.Now });
        var changes = new EventRecorder<InventoryChanged>();
        using var watching = api.Services.GetRequiredService<EventBus>().Subscribe<InventoryChanged>(InventoryChanged.KeyFor(product.Id)).Subscribe(changes);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(ProductDocuments.Delete, new { input = new { id = product.Id } });

        PayloadAssert.Succeeded(data.GetProperty("deleteProduct"));
        await changes.WaitForCountAsync(1);
        Assert.Equal([new InventoryChanged(product.Id, 0)], changes.Events);
    }
}
