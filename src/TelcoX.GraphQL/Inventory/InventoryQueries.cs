using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
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
        query.Connection<InventoryGraphType, InventoryItem>("inventories", db => db.Inventories)
            .Description = "Stocked products' inventories, filtered, sorted and paged; by product id unless ordered.";
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
