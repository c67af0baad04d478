using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TelcoX.GraphQL.Tests.Inventory;

public sealed class ConcurrentPurchaseTests(ConcurrencyApiFactory api, ITestOutputHelper output) : IClassFixture<ConcurrencyApiFactory>
{
    [Fact]
    public async Task TwoHundredConcurrentBuyersOfOneHundredUnitsNeverOversell()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = 100, UpdatedAt = TestRows.Now });
        var client = api.CreateClient(Role.Admin);
        var clock = Stopwatch.StartNew();

        // Real HTTP requests, all in flight at once.
        var payloads = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
            (await client.QueryDataAsync(InventoryDocuments.Purchase, new { input = new { productId = product.Id, quantity = 1 } }))
                .GetProperty("purchase"))));
        clock.Stop();
        await api.ReleaseConnectionsAsync();

        var succeeded = payloads.Count(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        var codes = payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null)
            .Select(p => p.GetProperty("errors")[0].GetProperty("code").GetString()).ToList();
        await using var db = api.CreateDbContext();
        var stock = (await db.Inventories.SingleAsync(i => i.ProductId == product.Id)).Quantity;
        var purchases = await db.Purchases.CountAsync(p => p.ProductId == product.Id);
        output.WriteLine($"{api.Database.Provider}: {succeeded} succeeded, {codes.Count} refused, stock {stock}, {purchases} purchases, {clock.ElapsedMilliseconds} ms");

        Assert.Equal(100, succeeded);
        Assert.Equal(100, codes.Count);
        Assert.All(codes, code => Assert.Equal("INSUFFICIENT_STOCK", code));
        Assert.Equal(0, stock);
        Assert.Equal(100, purchases);
        // Every success saw its own unit go: the stock it reports is distinct, from 99 down to 0.
        Assert.Equal(Enumerable.Range(0, 100), payloads.Where(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null)
            .Select(p => p.GetProperty("inventory").GetProperty("quantity").GetInt32()).Order());
    }
}
