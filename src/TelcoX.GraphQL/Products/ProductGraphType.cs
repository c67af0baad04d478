using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Inventory;

namespace TelcoX.GraphQL.Products;

public sealed class ProductGraphType : ObjectGraphType<Product>
{
    public ProductGraphType()
    {
        var inventoryByProductId = BatchedRows.By(db => db.Inventories, i => i.ProductId);
        Name = "Product";
        Description = "A product of the catalogue, with its stock.";
        Field(p => p.Id);
        Field(p => p.Name).Description("Unique, 1–255 characters.");
        Field(p => p.Description, nullable: true).Description("At most 1024 characters.");
        Field(p => p.Price).Description("Unit price, greater than zero.");
        Field(p => p.IsActive);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field<NonNullGraphType<InventoryGraphType>>("inventory").Description("The product's stock; quantity 0 if never stocked.")
            .Requires(p => p.Id)
            .Resolve(c =>
            {
                var productId = c.Source.Id; // read now: the context is reused once the resolver returns
                return new MappedDataLoaderResult<InventoryItem?, InventoryItem>(inventoryByProductId.One(c, productId),
                    stock => stock ?? new InventoryItem { ProductId = productId, Quantity = 0 });
            });
    }
}
