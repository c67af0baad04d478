using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Products;

public sealed class DeleteProductTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task AProductNeverPurchasedIsDeletedWithItsStock()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = 7, UpdatedAt = TestRows.Now });

        var payload = await DeleteAsync(product.Id);

        PayloadAssert.Succeeded(payload);
        Assert.Equal(product.Name, payload.GetProperty("product").GetProperty("name").GetString());
        await using var db = api.CreateDbContext();
        Assert.False(await db.Products.AnyAsync(p => p.Id == product.Id));
        Assert.False(await db.Inventories.AnyAsync(i => i.ProductId == product.Id));
    }

    [Fact]
    public async Task APurchasedProductIsKeptAndMustBeDeactivatedInstead()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = 4, UpdatedAt = TestRows.Now },
            new Purchase { ProductId = product.Id, Quantity = 1, UnitPrice = product.Price, Total = product.Price, PurchasedAt = TestRows.Now });
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await DeleteAsync(product.Id);

        var error = PayloadAssert.SingleError(payload, "ConflictError",
            $"Product with id {product.Id} has purchases and cannot be deleted; deactivate it instead", "CONFLICT");
        Assert.Equal("id", error.GetProperty("field").GetString());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AnUnknownProductIsNamedByItsId()
    {
        var payload = await DeleteAsync(987654);

        PayloadAssert.SingleError(payload, "NotFoundError", "Product with id 987654 not found", "NOT_FOUND");
    }

    private async Task<JsonElement> DeleteAsync(int id) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(ProductDocuments.Delete, new { input = new { id } })).GetProperty("deleteProduct");
}
