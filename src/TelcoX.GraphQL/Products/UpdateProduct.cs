using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Products;

/// <summary>A partial update: a field left out keeps its value; a field sent as null is checked like any other.</summary>
[Description("Only the fields given change; description: null clears it.")]
public sealed record UpdateProductInput(
    int Id,
    [Description("1–255 characters once trimmed; unique regardless of case.")] Optional<string?> Name,
    [Description("At most 1024 characters; null or blank clears it.")] Optional<string?> Description,
    [Description("Greater than zero, at most 2 decimal places.")] Optional<decimal?> Price,
    Optional<bool?> IsActive);

public sealed record UpdateProductPayload(Product? Product) : Payload;

[Description("Changes a product: only the fields given change.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>]
public sealed class UpdateProduct : Mutation<UpdateProductInput, UpdateProductPayload>
{
    protected override async Task<UpdateProductPayload> RunAsync(UpdateProductInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
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
            product.UpdatedAt = scope.Now;

        await ProductRules.SaveAsync(db, product.Name, ct);
        return new UpdateProductPayload(product);
    }
}
