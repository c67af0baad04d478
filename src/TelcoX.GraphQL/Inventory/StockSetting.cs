using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

/// <summary>setInventory: an upsert of the product's one stock row.</summary>
public static class StockSetting
{
    public static async Task<SetInventoryPayload> SetAsync(TelcoDbContext db, SetInventoryInput input, CancellationToken ct)
    {
        if (input.Quantity < 0)
            throw new DomainException(new ValidationError("Quantity must be zero or more", "quantity"));
        if (!await db.Products.AnyAsync(p => p.Id == input.ProductId, ct))
            throw new DomainException(new NotFoundError("Product not found"));

        var stock = new InventoryItem { ProductId = input.ProductId, Quantity = input.Quantity, UpdatedAt = DateTime.UtcNow };
        if (await UpdateAsync(db, stock, ct) == 0)
        {
            db.Inventories.Add(stock);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Another writer stocked the product first: set its row instead.
                db.ChangeTracker.Clear();
                await UpdateAsync(db, stock, ct);
            }
        }
        return new SetInventoryPayload(stock);
    }

    private static Task<int> UpdateAsync(TelcoDbContext db, InventoryItem stock, CancellationToken ct) =>
        db.Inventories.Where(i => i.ProductId == stock.ProductId).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.Quantity, stock.Quantity)
            .SetProperty(i => i.UpdatedAt, stock.UpdatedAt), ct);
}
