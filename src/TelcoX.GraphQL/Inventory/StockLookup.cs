using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Inventory;

public static class StockLookup
{
    /// <summary>A product's stock; a product never stocked has no row and reads quantity 0.</summary>
    public static async Task<InventoryItem> StockOfAsync(this TelcoDbContext db, int productId, CancellationToken cancellationToken) =>
        await db.Inventories.AsNoTracking().SingleOrDefaultAsync(i => i.ProductId == productId, cancellationToken)
        ?? new InventoryItem { ProductId = productId, Quantity = 0 };
}
