using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Inventory;

public sealed class InventoryGraphType : ObjectGraphType<InventoryItem>
{
    public InventoryGraphType()
    {
        Name = "Inventory";
        Description = "Stock of one product; a product never stocked reads quantity 0.";
        Field(i => i.ProductId);
        Field(i => i.Quantity).Description("Units in stock, never below zero.");
        Field<DateTimeGraphType>("updatedAt")
            .Description("When the stock last changed; null if the product was never stocked.")
            .Resolve(c => c.Source.UpdatedAt == default ? null : c.Source.UpdatedAt);
        Field<NonNullGraphType<ProductGraphType>>("product").ResolveAsync(ProductAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> ProductAsync(IResolveFieldContext<InventoryItem> context) =>
        context.QueryAsync((db, ct) => db.Products.AsNoTracking().SingleAsync(p => p.Id == context.Source.ProductId, ct));
}
