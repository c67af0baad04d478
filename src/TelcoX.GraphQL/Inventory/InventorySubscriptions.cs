using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Inventory;

public static class InventorySubscriptions
{
    public static void AddInventorySubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<InventoryGraphType>>("onInventoryChanged")
            .Description("A product's stock after every change (setInventory, purchase).")
            .Argument<NonNullGraphType<IntGraphType>>("productId")
            // Read afresh for each event: a later change may already have committed.
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.StockOfAsync(((InventoryChanged)context.Source!).ProductId, ct)))
            .ResolveStreamAsync(async context =>
            {
                var productId = context.GetArgument<int>("productId");
                if (await context.QueryAsync((db, ct) => db.Products.AnyAsync(p => p.Id == productId, ct)) is not true)
                    throw GraphQLErrors.NotFound("Product not found");
                return context.RequestServices!.GetRequiredService<EventBus>().Subscribe<InventoryChanged>(InventoryChanged.KeyFor(productId));
            });
}
