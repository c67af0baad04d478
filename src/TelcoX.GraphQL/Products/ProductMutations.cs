using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public static class ProductMutations
{
    public static void AddProductMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateProductPayloadGraphType>>("createProduct")
            .Description("Adds a product to the catalogue; its name must be unique.")
            .Argument<NonNullGraphType<CreateProductInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => CreateAsync(db, context.GetArgument<CreateProductInput>("input"), ct),
                () => new CreateProductPayload(null)));
        mutation.Field<NonNullGraphType<UpdateProductPayloadGraphType>>("updateProduct")
            .Description("Changes a product: only the fields given change.")
            .Argument<NonNullGraphType<UpdateProductInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => ProductUpdate.ApplyAsync(db, context.GetArgument<UpdateProductInput>("input"), ct),
                () => new UpdateProductPayload(null)));
        mutation.Field<NonNullGraphType<DeleteProductPayloadGraphType>>("deleteProduct")
            .Description("Deletes a product never purchased, with its stock; deactivate a purchased one instead.")
            .Argument<NonNullGraphType<DeleteProductInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => ProductDeletion.DeleteAsync(db, context.GetArgument<DeleteProductInput>("input").Id, ct),
                () => new DeleteProductPayload(null, false),
                payload => payload.HadStock
                    ? context.RequestServices!.GetRequiredService<EventBus>().PublishAsync(new InventoryChanged(payload.Product!.Id, 0))
                    : Task.CompletedTask));
    }

    private static async Task<CreateProductPayload> CreateAsync(TelcoDbContext db, CreateProductInput input, CancellationToken ct)
    {
        var name = ProductRules.Name(input.Name);
        var description = ProductRules.Description(input.Description);
        var price = ProductRules.Price(input.Price);
        await ProductRules.EnsureNameFreeAsync(db, name, null, ct);

        var now = DateTime.UtcNow;
        var product = new Product
        {
            Name = name, Description = description, Price = price, IsActive = input.IsActive ?? true, CreatedAt = now, UpdatedAt = now,
        };
        db.Products.Add(product);
        await ProductRules.SaveAsync(db, name, ct);
        return new CreateProductPayload(product);
    }
}
