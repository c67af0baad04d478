using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Tests.Inventory;

public sealed class PurchaseTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task APurchaseLowersStockRecordsItAndTheCustomersTransactionAndPublishesTheNewStock()
    {
        var product = await StockedProductAsync(10, price: 4.25m);
        var customer = TestRows.Customer();
        await api.AddRowsAsync(customer);
        var events = new EventRecorder<InventoryChanged>();
        using var subscription = api.Services.GetRequiredService<EventBus>()
            .Subscribe<InventoryChanged>(InventoryChanged.KeyFor(product.Id)).Subscribe(events);

        var payload = await PurchaseAsync(new { productId = product.Id, quantity = 3, customerId = customer.Id });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(7, payload.GetProperty("inventory").GetProperty("quantity").GetInt32());
        var purchase = payload.GetProperty("purchase");
        Assert.Equal((3, 4.25m, 12.75m), (purchase.GetProperty("quantity").GetInt32(), purchase.GetProperty("unitPrice").GetDecimal(),
            purchase.GetProperty("total").GetDecimal()));
        Assert.Equal(customer.Id, purchase.GetProperty("customer").GetProperty("id").GetInt32());
        await using var db = api.CreateDbContext();
        Assert.Equal(7, (await db.Inventories.SingleAsync(i => i.ProductId == product.Id)).Quantity);
        var row = await db.Purchases.SingleAsync(p => p.ProductId == product.Id);
        Assert.Equal((customer.Id, 3, 4.25m, 12.75m), (row.CustomerId!.Value, row.Quantity, row.UnitPrice, row.Total));
        var transaction = await db.Transactions.SingleAsync(t => t.CustomerId == customer.Id);
        Assert.Equal((TransactionKind.Purchase, 12.75m, product.Name), (transaction.Kind, transaction.Amount, transaction.Reference));
        await events.WaitForCountAsync(1);
        Assert.Equal(new InventoryChanged(product.Id, 7), Assert.Single(events.Events));
    }

    [Fact]
    public async Task AnAnonymousPurchaseRecordsNoTransactionAndMayEmptyTheStock()
    {
        var product = await StockedProductAsync(2);
        await using var db = api.CreateDbContext();
        var transactions = await db.Transactions.CountAsync();

        var payload = await PurchaseAsync(new { productId = product.Id, quantity = 2 });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(0, payload.GetProperty("inventory").GetProperty("quantity").GetInt32());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("purchase").GetProperty("customer").ValueKind);
        Assert.Equal(transactions, await db.Transactions.CountAsync());
    }

    [Fact]
    public async Task PurchaseBeyondStockChangesNothing()
    {
        var product = await StockedProductAsync(3);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await PurchaseAsync(new { productId = product.Id, quantity = 4 });

        var error = PayloadAssert.SingleError(payload, "InsufficientStockError", "Insufficient inventory", "INSUFFICIENT_STOCK");
        Assert.Equal(3, error.GetProperty("available").GetInt32());
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task AProductNeverStockedHasNothingToSell()
    {
        var product = TestRows.Product();
        await api.AddRowsAsync(product);

        var payload = await PurchaseAsync(new { productId = product.Id, quantity = 1 });

        var error = PayloadAssert.SingleError(payload, "InsufficientStockError", "Insufficient inventory", "INSUFFICIENT_STOCK");
        Assert.Equal(0, error.GetProperty("available").GetInt32());
    }

    [Theory]
    [InlineData("zero", "ValidationError", "Quantity must be greater than zero", "BAD_USER_INPUT")]
    [InlineData("negative", "ValidationError", "Quantity must be greater than zero", "BAD_USER_INPUT")]
    [InlineData("inactive", "ConflictError", "Product is not active", "CONFLICT")]
    [InlineData("unknown product", "NotFoundError", "Product not found", "NOT_FOUND")]
    [InlineData("unknown customer", "NotFoundError", "Customer with id 987654 not found", "NOT_FOUND")]
    [InlineData("total too large", "ValidationError", "The purchase total must be at most 9999999999.99", "BAD_USER_INPUT")]
    public async Task RefusedPurchasesChangeNothing(string reason, string type, string message, string code)
    {
        var product = await StockedProductAsync(50, price: reason == "total too large" ? 9_999_999_999.99m : 1m, isActive: reason != "inactive");
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await PurchaseAsync(new
        {
            productId = reason == "unknown product" ? 987654 : product.Id,
            quantity = reason switch { "zero" => 0, "negative" => -2, "total too large" => 2, _ => 1 },
            customerId = reason == "unknown customer" ? 987654 : (int?)null,
        });

        PayloadAssert.SingleError(payload, type, message, code);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<Product> StockedProductAsync(int quantity, decimal price = 9.99m, bool isActive = true)
    {
        var product = TestRows.Product(price);
        product.IsActive = isActive;
        await api.AddRowsAsync(product);
        await api.AddRowsAsync(new InventoryItem { ProductId = product.Id, Quantity = quantity, UpdatedAt = TestRows.Now });
        return product;
    }

    private async Task<JsonElement> PurchaseAsync(object input) =>
        (await api.CreateClient(Role.Admin).QueryDataAsync(InventoryDocuments.Purchase, new { input })).GetProperty("purchase");
}
