using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Inventory;

public sealed record SetInventoryInput(int ProductId, [Description("The new stock, zero or more.")] int Quantity);

public sealed record SetInventoryPayload(InventoryItem? Inventory) : Payload;

/// <summary>An upsert of the product's one stock row.</summary>
[Description("Sets a product's stock to a quantity of 0 or more.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>]
public sealed class SetInventory : Mutation<SetInventoryInput, SetInventoryPayload>
{
    protected override async Task<SetInventoryPayload> RunAsync(SetInventoryInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        if (input.Quantity < 0)
            throw new DomainException(new ValidationError("Quantity must be zero or more", "quantity"));
        if (!await db.Products.AnyAsync(p => p.Id == input.ProductId, ct))
            throw new DomainException(new NotFoundError("Product not found"));

        var stock = new InventoryItem { ProductId = input.ProductId, Quantity = input.Quantity, UpdatedAt = scope.Now };
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
        return new SetInventoryPayload(stock) { Events = [new InventoryChanged(stock.ProductId, stock.Quantity)] };
    }

    private static Task<int> UpdateAsync(TelcoDbContext db, InventoryItem stock, CancellationToken ct) =>
        db.Inventories.Where(i => i.ProductId == stock.ProductId).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.Quantity, stock.Quantity)
            .SetProperty(i => i.UpdatedAt, stock.UpdatedAt), ct);
}
