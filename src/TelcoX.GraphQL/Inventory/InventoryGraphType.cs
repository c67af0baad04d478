using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Inventory;

public sealed class InventoryGraphType : ObjectGraphType<InventoryItem>
{
    public InventoryGraphType()
    {
        var productById = BatchedRows.By(db => db.Products, p => p.Id);
        Name = "Inventory";
        Description = "Stock of one product; a product never stocked reads quantity 0.";
        Field(i => i.ProductId);
        Field(i => i.Quantity).Description("Units in stock, never below zero.");
        Field<DateTimeGraphType>("updatedAt")
            .Description("When the stock last changed; null if the product was never stocked.")
            .Requires(i => i.UpdatedAt)
            .Resolve(c => c.Source.UpdatedAt == default ? null : c.Source.UpdatedAt);
        Field<NonNullGraphType<ProductGraphType>>("product").Requires(i => i.ProductId)
            .Resolve(c => productById.One(c, c.Source.ProductId));
    }
}
