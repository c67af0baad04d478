using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Inventory;

public static class InventoryQueries
{
    public static void AddInventoryQueries(this ObjectGraphType query)
    {
        query.Field<InventoryGraphType>("inventory")
            .Description("A product's stock, by product id; 0 for a product never stocked.")
            .Argument<NonNullGraphType<IntGraphType>>("productId")
            .ResolveAsync(InventoryAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InventoryGraphType>>>>("inventories")
            .Description("Every stocked product's inventory, by product id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Inventories.AsNoTracking().OrderBy(i => i.ProductId).ToListAsync(ct)));
    }

    private static Task<object?> InventoryAsync(IResolveFieldContext<object?> context)
    {
        var productId = context.GetArgument<int>("productId");
        return context.QueryAsync(async (db, ct) =>
        {
            if (!await db.Products.AnyAsync(p => p.Id == productId, ct))
                throw GraphQLErrors.NotFound("Product not found");
            return await db.StockOfAsync(productId, ct);
        });
    }
}
