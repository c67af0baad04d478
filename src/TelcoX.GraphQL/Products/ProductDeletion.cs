using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

/// <summary>
/// deleteProduct. Purchases are sales history (amounts, customers' transactions), so a product that
/// was ever purchased is not deleted, whatever the cascading foreign key would allow: the client is
/// told to deactivate it (updateProduct isActive: false) instead.
/// </summary>
public static class ProductDeletion
{
    public static async Task<DeleteProductPayload> DeleteAsync(TelcoDbContext db, int id, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ProductRules.NotFound(id);

        // The stock row goes first: deleting it waits for any purchase still holding it, so the
        // check below then sees that purchase (and the rollback puts the stock back).
        var hadStock = await db.Inventories.Where(i => i.ProductId == id).ExecuteDeleteAsync(ct) > 0;
        if (await db.Purchases.AnyAsync(p => p.ProductId == id, ct))
            throw new DomainException(new ConflictError(
                $"Product with id {id} has purchases and cannot be deleted; deactivate it instead", "id"));

        await db.Products.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
        return new DeleteProductPayload(product, hadStock);
    }
}
