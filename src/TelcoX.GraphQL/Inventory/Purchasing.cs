using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Inventory;

/// <summary>purchase: one conditional UPDATE takes the units, so concurrent buyers can never oversell.</summary>
public static class Purchasing
{
    public const string InsufficientInventory = "Insufficient inventory";

    public static async Task<PurchasePayload> PurchaseAsync(TelcoDbContext db, PurchaseInput input, CancellationToken ct)
    {
        if (input.Quantity <= 0)
            throw new DomainException(new ValidationError("Quantity must be greater than zero", "quantity"));

        var (productId, quantity, now) = (input.ProductId, input.Quantity, DateTime.UtcNow);
        // The stock check and the decrement are one statement: the database serialises buyers on
        // the row, and a buyer who finds too few changes nothing. It runs first so that every read
        // below (MySQL's snapshot starts at the first plain read) sees the stock after it.
        var taken = await db.Inventories
            .Where(i => i.ProductId == productId && i.Quantity >= quantity && db.Products.Any(p => p.Id == productId && p.IsActive))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Quantity, i => i.Quantity - quantity).SetProperty(i => i.UpdatedAt, now), ct);

        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, ct)
            ?? throw new DomainException(new NotFoundError("Product not found"));
        if (!product.IsActive)
            throw new DomainException(new ConflictError("Product is not active", "productId"));
        var stock = await db.StockOfAsync(productId, ct);
        if (taken == 0)
            throw new DomainException(new InsufficientStockError(InsufficientInventory, stock.Quantity));
        if (input.CustomerId is { } customerId && !await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            throw new DomainException(new NotFoundError($"Customer with id {customerId} not found"));
        var total = product.Price * quantity;
        if (total > Money.Max)
            throw new DomainException(new ValidationError($"The purchase total must be at most {Money.Max}", "quantity"));

        var purchase = new Purchase
        {
            ProductId = productId, CustomerId = input.CustomerId, Quantity = quantity, UnitPrice = product.Price, Total = total, PurchasedAt = now,
        };
        db.Purchases.Add(purchase);
        if (input.CustomerId is { } buyer)
            db.Transactions.Add(new Transaction
            {
                CustomerId = buyer, Kind = TransactionKind.Purchase, Amount = total, OccurredAt = now,
                Description = Truncate($"Compra de {quantity} × {product.Name}", 255), Reference = Truncate(product.Name, 64),
            });
        await db.SaveChangesAsync(ct);
        return new PurchasePayload(purchase, stock);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
