using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Products;

public sealed record DeleteProductInput(int Id);

public sealed record DeleteProductPayload(
    [Description("The product as it was; it no longer exists, so its inventory reads 0.")] Product? Product) : Payload;

/// <summary>
/// Purchases are sales history (amounts, customers' transactions), so a product that was ever
/// purchased is not deleted, whatever the cascading foreign key would allow: the client is told to
/// deactivate it (updateProduct isActive: false) instead.
/// </summary>
[Description("Deletes a product never purchased, with its stock; deactivate a purchased one instead.")]
[Authorize(Admin)]
[Error<NotFoundError>, Error<ConflictError>]
public sealed class DeleteProduct : Mutation<DeleteProductInput, DeleteProductPayload>
{
    protected override async Task<DeleteProductPayload> RunAsync(DeleteProductInput input, MutationScope scope)
    {
        var (db, id, ct) = (scope.Db, input.Id, scope.Cancellation);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ProductRules.NotFound(id);

        // The stock row goes first: deleting it waits for any purchase still holding it, so the
        // check below then sees that purchase (and the rollback puts the stock back).
        var hadStock = await db.Inventories.Where(i => i.ProductId == id).ExecuteDeleteAsync(ct) > 0;
        if (await db.Purchases.AnyAsync(p => p.ProductId == id, ct))
            throw new DomainException(new ConflictError(
                $"Product with id {id} has purchases and cannot be deleted; deactivate it instead", "id"));

        await db.Products.Where(p => p.Id == id).ExecuteDeleteAsync(ct);
        // Stock watchers see it drop to 0; a product never stocked had nothing to watch.
        return new DeleteProductPayload(product) { Events = hadStock ? [new InventoryChanged(id, 0)] : [] };
    }
}
