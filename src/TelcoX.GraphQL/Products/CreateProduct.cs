using System.ComponentModel;
using GraphQL;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Products;

public sealed record CreateProductInput(
    [Description("1–255 characters once trimmed; unique regardless of case.")] string Name,
    [Description("At most 1024 characters; blank means none.")] string? Description,
    [Description("Greater than zero, at most 2 decimal places.")] decimal Price,
    [Description("Defaults to true.")] bool? IsActive);

public sealed record CreateProductPayload(Product? Product) : Payload;

[Description("Adds a product to the catalogue; its name must be unique.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<ConflictError>]
public sealed class CreateProduct : Mutation<CreateProductInput, CreateProductPayload>
{
    protected override async Task<CreateProductPayload> RunAsync(CreateProductInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var name = ProductRules.Name(input.Name);
        var description = ProductRules.Description(input.Description);
        var price = ProductRules.Price(input.Price);
        await ProductRules.EnsureNameFreeAsync(db, name, null, ct);

        var product = new Product
        {
            Name = name, Description = description, Price = price, IsActive = input.IsActive ?? true, CreatedAt = now, UpdatedAt = now,
        };
        db.Products.Add(product);
        await ProductRules.SaveAsync(db, name, ct);
        return new CreateProductPayload(product);
    }
}
