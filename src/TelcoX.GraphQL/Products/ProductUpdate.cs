using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

/// <summary>updateProduct: a field left out keeps its value; a field sent as null is checked like any other.</summary>
public static class ProductUpdate
{
    public static async Task<UpdateProductPayload> ApplyAsync(TelcoDbContext db, UpdateProductInput input, CancellationToken ct)
    {
        // Validate what was sent before looking anything up, so bad input reads the same for any id.
        var name = input.Name.IsSet ? ProductRules.Name(input.Name.Value) : null;
        var description = input.Description.IsSet ? ProductRules.Description(input.Description.Value) : null;
        decimal? price = input.Price.IsSet ? ProductRules.Price(input.Price.Value) : null;
        if (input.IsActive is { IsSet: true, Value: null })
            throw new DomainException(new ValidationError("isActive cannot be null", "isActive"));

        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == input.Id, ct) ?? throw ProductRules.NotFound(input.Id);
        if (name is not null)
        {
            await ProductRules.EnsureNameFreeAsync(db, name, product.Id, ct);
            product.Name = name;
        }
        if (input.Description.IsSet)
            product.Description = description;
        if (price is { } newPrice)
            product.Price = newPrice;
        if (input.IsActive.Value is { } isActive)
            product.IsActive = isActive;
        if (db.ChangeTracker.HasChanges())
            product.UpdatedAt = DateTime.UtcNow;

        await ProductRules.SaveAsync(db, product.Name, ct);
        return new UpdateProductPayload(product);
    }
}
